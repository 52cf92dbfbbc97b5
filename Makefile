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

.PHONY: all run static test lint unit bench data wasm server compress overlay hostile fuzz clean

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

# An app and server built from another corpus (OCORPUS, into OBUILD)
# without touching $(DATA): the go:embed'ed corpus is swapped with -overlay.
overlay: data
	mkdir -p $(OBUILD)
	$(GO) run ./corpus/cmd/corpus encode -o $(OBUILD)/corpus.bin $(OCORPUS)
	printf '{"Replace":{"%s":"%s"}}\n' $(abspath $(DATA)) $(abspath $(OBUILD)/corpus.bin) > $(OBUILD)/overlay.json
	GOOS=js GOARCH=wasm $(GO) build -overlay $(OBUILD)/overlay.json -trimpath -ldflags='-s -w' -o $(OBUILD)/web/app.wasm ./app/cmd/browser
	$(GO) build -overlay $(OBUILD)/overlay.json -trimpath -o $(OBUILD)/parallax ./app/cmd/parallax

# The app and server built from the hostile fixture corpus (markup and
# script in the text), for the browser tests that prove text stays text.
HOSTILE := $(BUILD)/hostile
hostile:
	$(MAKE) overlay OCORPUS=app/e2e/testdata/hostile OBUILD=$(HOSTILE)

# axe-core, from npm, for the accessibility browser tests.
AXE := app/e2e/axe/node_modules/axe-core/axe.min.js
$(AXE): app/e2e/axe/package.json app/e2e/axe/package-lock.json
	npm ci --prefix app/e2e/axe --no-audit --no-fund
	touch $@

# Browser tests need the compiled app; they fail (not skip) when PARALLAX_E2E is set.
unit: compress hostile $(AXE)
	PARALLAX_E2E=1 PARALLAX_WASM=$(abspath $(WASM)) PARALLAX_HOSTILE=$(abspath $(HOSTILE)) PARALLAX_AXE=$(abspath $(AXE)) \
		$(GO) test -count=1 ./...

test: lint unit

# Benchmarks: the Go ones, then the browser one (app/cmd/loadbench), which
# ends with one JSON line, the last line printed. It measures the seeds'
# build and a build of 2,000 synthetic articles (in build/bench, made with
# an overlay so that the seeds' build is never touched) and compares
# Fuse.js (pinned in app/cmd/loadbench/fuse) in the same page.
SYNTH := build/bench/synth
FUSE  := app/cmd/loadbench/fuse
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./corpus/... ./app/search/
	test -d $(FUSE)/node_modules || npm ci --prefix $(FUSE) --no-audit --no-fund
	$(GO) build -o $(SYNTH)/corpus ./corpus/cmd/corpus
	$(SYNTH)/corpus synth -n 2000 -o $(SYNTH)-corpus $(CORPUS)
	$(MAKE) overlay OCORPUS=$(SYNTH)-corpus OBUILD=$(SYNTH)
	$(SYNTH)/parallax compress $(SYNTH)/web/app.wasm
	$(MAKE) compress
	$(GO) run ./app/cmd/loadbench -wasm $(WASM) \
		-server2000 $(SYNTH)/parallax -wasm2000 $(SYNTH)/web/app.wasm \
		-corpus $(SYNTH)/corpus -synth $(SYNTH)-corpus \
		-fuse $(FUSE)/node_modules/fuse.js/dist/fuse.cjs

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
