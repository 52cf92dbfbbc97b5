// Command loadbench measures the explorer as a browser sees it, in one run
// of one headless Chromium process, and ends by printing one JSON line.
//
// It measures builds as shipped: each is served by its own server binary
// on a local port. For the seeds build it reports the size of app.wasm
// (raw, gzip, brotli); for cold loads (each in a new browser context: empty
// HTTP cache, no service worker) and warm loads (a reload in the same
// context once the service worker has installed) the time to first
// contentful paint and until the WebAssembly app has started and rendered,
// and the time the app took to decode its embedded corpus; the JavaScript
// heap and the WebAssembly memory after loading quote search; and, typing
// several queries into quote search one key at a time, the app's own
// measures of each keystroke: "parallax-search" (the search) and
// "parallax-keystroke" (input event to rendered results).
//
// With -server2000 it does the same for a build of 2,000 synthetic
// articles, and adds the time and peak memory of building that corpus
// (the compiled corpus command's encode, -corpus and -synth) and, in the
// same quote search page, the time Fuse.js takes to search the same quote
// texts and speakers for every prefix of the same queries.
//
// Usage:
//
//	loadbench [-server build/parallax -wasm build/web/app.wasm] [-runs 5]
//	          [-server2000 BIN -wasm2000 FILE -corpus BIN -synth DIR -fuse FILE]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
)

// config is what the flags ask for.
type config struct {
	server string // the seeds build's server binary
	wasm   string // its app.wasm
	runs   int    // cold loads per build
	large  *largeConfig
}

// largeConfig names the build of 2,000 synthetic articles and the tools to
// measure it with.
type largeConfig struct {
	server string // server binary embedding the synthetic corpus
	wasm   string // its app.wasm
	corpus string // compiled corpus command
	synth  string // folder of synthetic articles
	fuse   string // Fuse.js distribution file (CommonJS)
}

func main() {
	var (
		cfg config
		lc  largeConfig
	)
	flag.StringVar(&cfg.server, "server", "build/parallax", "server `binary` of the seeds build")
	flag.StringVar(&cfg.wasm, "wasm", "build/web/app.wasm", "app.wasm `file` of the seeds build")
	flag.IntVar(&cfg.runs, "runs", 5, "cold loads to measure per build")
	flag.StringVar(&lc.server, "server2000", "", "server `binary` built with the 2,000-article corpus")
	flag.StringVar(&lc.wasm, "wasm2000", "", "app.wasm `file` built with the 2,000-article corpus")
	flag.StringVar(&lc.corpus, "corpus", "", "compiled corpus command `binary`, to time the build and export the quotes")
	flag.StringVar(&lc.synth, "synth", "", "`folder` of the 2,000 synthetic articles")
	flag.StringVar(&lc.fuse, "fuse", "app/cmd/loadbench/fuse/node_modules/fuse.js/dist/fuse.cjs", "Fuse.js CommonJS distribution `file`")
	flag.Parse()
	if lc.server != "" || lc.wasm != "" || lc.corpus != "" || lc.synth != "" {
		if lc.server == "" || lc.wasm == "" || lc.corpus == "" || lc.synth == "" {
			fmt.Fprintln(os.Stderr, "loadbench: -server2000, -wasm2000, -corpus and -synth go together")
			os.Exit(2)
		}
		cfg.large = &lc
	}
	if cfg.runs < 1 {
		fmt.Fprintln(os.Stderr, "loadbench: -runs must be at least 1")
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

// run measures everything cfg asks for, writes a readable table to w and
// then, as its last line, the report as JSON.
func run(cfg config, w io.Writer) error {
	r, err := measure(cfg, w)
	if err != nil {
		return err
	}
	line, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	_, err = fmt.Fprintf(w, "%s\n", line)
	return err
}

// measure runs the benchmark. Everything it starts (the browser, the
// servers) is stopped before it returns, so that nothing prints after the
// report.
func measure(cfg config, w io.Writer) (*report, error) {
	r := &report{Runs: cfg.runs}
	var err error
	if r.WasmBytes, r.WasmGzipBytes, r.WasmBrotliBytes, err = wasmSizes(cfg.wasm); err != nil {
		return nil, err
	}
	var (
		lr   *largeReport
		docs []doc
	)
	if lc := cfg.large; lc != nil {
		lr = &largeReport{}
		// The build runs first, alone, before the browser competes for
		// the CPU.
		b, err := timeBuild(lc.corpus, lc.synth)
		if err != nil {
			return nil, err
		}
		lr.BuildSeconds, lr.BuildPeakMB = round(b.seconds, 2), round(b.peakMB, 1)
		if docs, err = exportDocs(lc.corpus, lc.synth); err != nil {
			return nil, err
		}
		lr.Quotes = len(docs)
		if lr.WasmBytes, _, lr.WasmBrotliBytes, err = wasmSizes(lc.wasm); err != nil {
			return nil, err
		}
	}

	br, err := startBrowser()
	if err != nil {
		return nil, err
	}
	defer br.close()

	seeds, err := serveBinary(cfg.server, cfg.wasm)
	if err != nil {
		return nil, err
	}
	defer seeds.close()
	s, err := measureBuild(br, seeds.url, cfg.runs, nil)
	if err != nil {
		return nil, fmt.Errorf("seeds build: %w", err)
	}
	r.setLoads(s)
	printSizes(w, "seeds", r.WasmBytes, r.WasmGzipBytes, r.WasmBrotliBytes)
	printBuild(w, "seeds", s)

	if lc := cfg.large; lc != nil {
		srv, err := serveBinary(lc.server, lc.wasm)
		if err != nil {
			return nil, err
		}
		defer srv.close()
		// Fuse.js runs in the same page, after the app's own search.
		var fuse fuseTimes
		l, err := measureBuild(br, srv.url, cfg.runs, func(ctx context.Context) error {
			var err error
			fuse, err = fuseSearch(ctx, lc.fuse, docs)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("2,000-article build: %w", err)
		}
		lr.setLoads(l)
		lr.FuseP50, lr.FuseP95 = percentile(fuse.search, 50), percentile(fuse.search, 95)
		lr.FuseIndexMS = round(fuse.index, 1)
		r.largeReport = lr
		fmt.Fprintf(w, "\n2,000 synthetic articles, %d quotes: built in %.2f s, peak RSS %.1f MB\n", lr.Quotes, lr.BuildSeconds, lr.BuildPeakMB)
		printSizes(w, "2,000", lr.WasmBytes, 0, lr.WasmBrotliBytes)
		printBuild(w, "2,000", l)
		fmt.Fprintf(w, "fuse.js %s over the same %d quotes: index %.0f ms; %d searches p50 %.2f ms, p95 %.2f ms\n",
			fuseSettings, len(docs), fuse.index, len(fuse.search), lr.FuseP50, lr.FuseP95)
	}
	// Errors in the pages are reported, not fatal: the figures may still
	// serve, but page_errors in the report flags them.
	for _, p := range br.problems() {
		fmt.Fprintln(os.Stderr, "loadbench: page:", p)
		r.PageErrors++
	}
	return r, nil
}

// wasmSizes returns the sizes of the app.wasm file and its gzip and brotli
// versions written beside it.
func wasmSizes(wasm string) (raw, gz, br int64, err error) {
	sizes := make([]int64, 3)
	for i, name := range []string{wasm, wasm + ".gz", wasm + ".br"} {
		info, err := os.Stat(name)
		if err != nil {
			return 0, 0, 0, fmt.Errorf("app.wasm size: %w", err)
		}
		sizes[i] = info.Size()
	}
	return sizes[0], sizes[1], sizes[2], nil
}

func printSizes(w io.Writer, build string, raw, gz, br int64) {
	fmt.Fprintf(w, "%s app.wasm: %d bytes raw", build, raw)
	if gz > 0 {
		fmt.Fprintf(w, ", %d gzip", gz)
	}
	fmt.Fprintf(w, ", %d brotli\n", br)
}

func printBuild(w io.Writer, build string, m buildTimes) {
	fmt.Fprintf(w, "%-7s %10s %12s %10s\n", "load", "fcp ms", "started ms", "decode ms")
	for i := range m.cold {
		fmt.Fprintf(w, "cold %-2d %10.1f %12.1f %10.2f\n", i+1, m.cold[i].FirstContent, m.cold[i].Interactive, m.cold[i].Decode)
		fmt.Fprintf(w, "warm %-2d %10.1f %12.1f %10.2f\n", i+1, m.warm[i].FirstContent, m.warm[i].Interactive, m.warm[i].Decode)
	}
	fmt.Fprintf(w, "%s quote search, %d keystrokes over %d queries: search p50 %.2f ms, p95 %.2f ms; keystroke to rendered results p50 %.1f ms, p95 %.1f ms\n",
		build, len(m.keys.keystroke), len(queries), percentile(m.keys.search, 50), percentile(m.keys.search, 95),
		percentile(m.keys.keystroke, 50), percentile(m.keys.keystroke, 95))
	fmt.Fprintf(w, "%s memory after loading /quotes: JS heap %.1f MB, WebAssembly memory %.1f MB\n", build, m.heapMB, m.wasmMB)
}
