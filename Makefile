# Parallax build.
#
#   make run                 build and serve the explorer on http://localhost:8000
#   make test                every test: lint, unit, golden, browser (headless Chromium)
#   make static              write the static site to dist/
#   make static BASE=/x/     ... for hosting under the sub-path /x/
#   make bench               Go benchmarks and the browser load benchmark
#   CORPUS=DIR               build from another folder of articles (run, static, bench)

GO          ?= go
CORPUS      ?= seeds
BASE        ?= /
ADDR        ?= :8000
OUT         ?= dist
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

BUILD  := build
DATA   := app/embedded/data/corpus.bin
WASM   := $(BUILD)/web/app.wasm
SERVER := $(BUILD)/parallax

.PHONY: all run static test lint unit bench data wasm server compress fuzz clean

all: compress

# The processed corpus, embedded in both programs. Rewritten only when it changes.
data:
	$(GO) run ./corpus/cmd/corpus encode -o $(DATA) $(CORPUS)

wasm: data
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WASM) ./app/cmd/browser

server: data
	$(GO) build -trimpath -o $(SERVER) ./app/cmd/parallax

compress: wasm server
	$(SERVER) compress $(WASM)

run: compress
	$(SERVER) serve -addr $(ADDR) -wasm $(WASM)

static: compress
	$(SERVER) static -out $(OUT) -base $(BASE) -wasm $(WASM)

lint: data
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# Browser tests need the compiled app; they fail (not skip) when PARALLAX_E2E is set.
unit: compress
	PARALLAX_E2E=1 PARALLAX_WASM=$(abspath $(WASM)) $(GO) test -count=1 ./...

test: lint unit

# Benchmarks: the Go ones, then the browser ones on the seeds and on a build
# of 2,000 synthetic articles (built in build/bench; the seeds' build is
# restored afterwards).
SYNTH := build/bench/synth
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./corpus/... ./app/search/
	$(GO) run ./corpus/cmd/corpus synth -n 2000 -o $(SYNTH)-corpus $(CORPUS)
	$(MAKE) compress CORPUS=$(SYNTH)-corpus BUILD=$(SYNTH)
	$(MAKE) compress
	$(GO) run ./app/cmd/loadbench -wasm $(WASM) -server2000 $(SYNTH)/parallax -wasm2000 $(SYNTH)/web/app.wasm

# Each parser of untrusted input, fuzzed briefly (FUZZTIME=5m for longer).
# Minimising each new input is capped: Go's default of 60s stalls short runs.
FUZZTIME ?= 30s
FUZZ = $(GO) test -run='^$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s
fuzz:
	$(FUZZ) -fuzz='^FuzzDecode$$' ./corpus/
	$(FUZZ) -fuzz='^FuzzDecode$$' ./corpus/ingest/
	$(FUZZ) -fuzz='^FuzzText$$' ./corpus/repair/
	$(FUZZ) -fuzz='^FuzzSentences$$' ./corpus/segment/
	$(FUZZ) -fuzz='^FuzzArticle$$' ./corpus/pipeline/

clean:
	rm -rf $(BUILD) $(OUT) $(DATA)
