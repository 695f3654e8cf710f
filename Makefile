# Occulter — commandes du projet. Chaque cible installe ce qui lui manque (libpcre2-dev).
SWIFT ?= swift
BUILD_FLAGS ?=
BIN = .build/debug/occulter
RELEASE_BIN = .build/release/occulter
export SOURCE_DATE_EPOCH ?= 1767225600

.PHONY: deps build release test demo eval bench report-check fuzz clean

# Bibliothèques système, installées si absentes : PCRE2 (expressions régulières) et jemalloc
# (allocateur du binaire occulter, voir Package.swift).
deps:
	@missing=""; \
	pkg-config --exists libpcre2-8 2>/dev/null || missing="$$missing libpcre2-dev"; \
	pkg-config --exists jemalloc 2>/dev/null || missing="$$missing libjemalloc-dev"; \
	if [ -n "$$missing" ]; then \
		echo "Installation de$$missing…"; \
		(apt-get update -qq || true) && apt-get install -y -qq $$missing pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

# Binaire optimisé, bibliothèque Swift liée statiquement : un seul fichier à déployer (il ne
# demande, outre les bibliothèques C et C++ du système, que libpcre2 et jemalloc), un démarrage plus court de 10 ms et des appels directs au
# lieu de passer par la table des bibliothèques partagées (délibérations 100 Mo : -5 % à un
# fil, -8 % à deux ; voir Benchmarks/RESULTS.md).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib $(BUILD_FLAGS)

# The concurrency tests run once more under ThreadSanitizer (own build folder): a data race
# between the reading, processing and writing threads fails the build.
test: deps
	$(SWIFT) build $(BUILD_FLAGS)
	$(BIN) rules test
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter ConcurrencyTests
	python3 Tests/workbench/test_api.py $(BIN)
	$(SWIFT) test $(BUILD_FLAGS)

# Traite les exemples fournis et écrit les rapports dans Reports/examples/<jeu>/.
demo: build
	@./Examples/run-demo.sh $(BIN)

eval: build
	@rm -f .build/eval.txt
	@OCCULTER_EVAL_OUT=$(CURDIR)/.build/eval.txt $(SWIFT) test $(BUILD_FLAGS) --filter EvaluationTests >/dev/null 2>&1 || { echo "make eval : échec des tests d'évaluation"; exit 1; }
	@cat .build/eval.txt

# Chiffres de performance (binaire optimisé) : Occulter face à pcre2grep et cat, mémoire, --jobs.
bench: release
	./Benchmarks/run.sh $(RELEASE_BIN)

# Rendu réel des rapports HTML de la démo dans Chromium (installé si absent) : PNG, PDF, console ;
# atelier de revue piloté par Selenium, impression A4 de report.html et captures dans Reports/examples/.
report-check: demo
	./.ci/report-check.sh Reports/examples/*/
	python3 .ci/validate-report.py Reports/examples/*/report.json
	./.ci/workbench-check.sh $(BIN) Reports/examples

# Fuzzing libFuzzer du lecteur CSV, du lecteur JSON DECP, du chargeur de jeux de règles et du
# détecteur de noms de personnes.
SECONDS ?= 60
fuzz: deps
	./Fuzz/run.sh $(SECONDS)

clean:
	rm -rf .build .build-tsan out
