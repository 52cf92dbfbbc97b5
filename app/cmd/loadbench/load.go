package main

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"parallax/app/headless"
)

// probe runs before any page script: it records when the go-app loader,
// once seen, leaves the document (the app has started and rendered).
const probe = `(() => {
  let seen = false;
  new MutationObserver((_, o) => {
    const el = document.getElementById("app-wasm-loader");
    if (el) { seen = true; return; }
    if (seen) { window.__parallaxInteractive = performance.now(); o.disconnect(); }
  }).observe(document, {childList: true, subtree: true});
})();`

// wasmHook runs before any page script in the search page: it keeps the
// WebAssembly instance the loader creates, so that the size of its memory
// can be read. (go-app's loader keeps it in a local variable.)
const wasmHook = `(() => {
  const keep = f => f && (async (...args) => {
    const r = await f.apply(WebAssembly, args);
    window.__parallaxWasm = r.instance || r;
    return r;
  });
  WebAssembly.instantiateStreaming = keep(WebAssembly.instantiateStreaming);
  WebAssembly.instantiate = keep(WebAssembly.instantiate);
})();`

// wasmMemory is the byte size of the app's WebAssembly memory, -1 when
// the instance was not seen.
const wasmMemory = `(() => {
  const inst = window.__parallaxWasm;
  if (!inst) return -1;
  const mem = Object.values(inst.exports).find(v => v instanceof WebAssembly.Memory);
  return mem ? mem.buffer.byteLength : -1;
})()`

// sample is one page load's timings, in milliseconds.
type sample struct {
	FirstContent float64 `json:"fcp"`
	Interactive  float64 `json:"interactive"`
	Decode       float64 `json:"decode"`
}

// buildTimes is what measureBuild measured of one build of the app.
type buildTimes struct {
	cold, warm []sample
	keys       searchTimes
	// heapMB is the JavaScript heap in use after loading /quotes (after a
	// garbage collection); wasmMB the size of the WebAssembly memory, which
	// holds the Go program's heap and is not part of the JavaScript heap.
	heapMB, wasmMB float64
}

// measureBuild loads the app at url cold and warm runs times, each pair
// in a browser context of its own, then opens quote search in another,
// reads the memory used and types the queries. then, if not nil, runs
// in the search page afterwards.
func measureBuild(br *browser, url string, runs int, then func(ctx context.Context) error) (buildTimes, error) {
	var m buildTimes
	for i := 0; i < runs; i++ {
		cold, warm, err := coldWarm(br, url+"/")
		if err != nil {
			return m, fmt.Errorf("load %d: %w", i+1, err)
		}
		m.cold, m.warm = append(m.cold, cold), append(m.warm, warm)
	}
	ctx, cancel, err := br.newPage(wasmHook)
	if err != nil {
		return m, err
	}
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(url+"/quotes"), headless.WaitStarted()); err != nil {
		return m, fmt.Errorf("open quote search: %w", err)
	}
	if m.heapMB, m.wasmMB, err = memory(ctx); err != nil {
		return m, err
	}
	if m.keys, err = typeQueries(ctx); err != nil {
		return m, err
	}
	if then != nil {
		return m, then(ctx)
	}
	return m, nil
}

// coldWarm loads url in a new browser context, then, once the service
// worker has installed, reloads it.
func coldWarm(br *browser, url string) (cold, warm sample, err error) {
	ctx, cancel, err := br.newPage(probe)
	if err != nil {
		return cold, warm, err
	}
	defer cancel()
	if cold, err = load(ctx, url); err != nil {
		return cold, warm, fmt.Errorf("cold: %w", err)
	}
	var active bool
	awaitPromise := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	if err := chromedp.Run(ctx, chromedp.Evaluate(`navigator.serviceWorker.ready.then(r => !!r.active)`, &active, awaitPromise)); err != nil {
		return cold, warm, fmt.Errorf("wait for the service worker: %w", err)
	}
	if warm, err = load(ctx, url); err != nil {
		return cold, warm, fmt.Errorf("warm: %w", err)
	}
	return cold, warm, nil
}

// load navigates (or reloads) and reads the page's timings.
func load(ctx context.Context, url string) (sample, error) {
	var s sample
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		headless.WaitJS(`window.__parallaxInteractive > 0 && performance.getEntriesByName("first-contentful-paint").length > 0`),
		chromedp.Evaluate(`({
			fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime,
			interactive: window.__parallaxInteractive,
			decode: (performance.getEntriesByName("parallax-corpus-decode")[0] || {duration: -1}).duration
		})`, &s),
	)
	return s, err
}

// memory returns the JavaScript heap in use, after a garbage collection,
// and the size of the WebAssembly memory, in MB.
func memory(ctx context.Context) (heapMB, wasmMB float64, err error) {
	var used, wasm float64
	err = chromedp.Run(ctx,
		chromedp.ActionFunc(func(ctx context.Context) error { return heapprofiler.CollectGarbage().Do(ctx) }),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			used, _, _, _, err = runtime.GetHeapUsage().Do(ctx)
			return err
		}),
		chromedp.Evaluate(wasmMemory, &wasm),
	)
	if err != nil {
		return 0, 0, fmt.Errorf("read memory use: %w", err)
	}
	if wasm < 0 {
		return 0, 0, fmt.Errorf("read memory use: the app's WebAssembly instance was not seen")
	}
	return used / (1 << 20), wasm / (1 << 20), nil
}
