# The two quick-start commands: `make demo` (the main job on the samples) and `make test` (all tests).
.PHONY: demo test setup build samples bench clean

demo: setup build
	./minutes import samples/
	./minutes search 'stödboende'
	./minutes search 'forvaltning' --limit 3
	./minutes search 'Pålsson' --facets
	./minutes entities --top 5

test: setup
	mvn -B verify

setup:
	bash scripts/setup.sh

build:
	mvn -q -B -DskipTests package

# Rebuilds samples/ from ../shared/seeds (needs the jar for PDFBox).
samples: build
	java -cp cli/target/minutes.jar samples/MakeSamples.java ../shared/seeds samples

# The quick benchmark (about 3 minutes on 2 cores); `./minutes bench` for the full one.
bench: setup build
	./minutes bench --quick --out bench-quick.json

clean:
	mvn -q -B clean
