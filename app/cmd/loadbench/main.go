// Command loadbench measures the explorer as a browser sees it: the size
// of app.wasm raw, gzip and brotli, and for cold loads (fresh browser
// profile, nothing cached) and warm loads (reload with the service worker
// and HTTP cache filled) the time to first contentful paint, the time
// until the WebAssembly app has started, and the time it took the app to
// decode the embedded corpus. It then types a query into quote search one
// key at a time and reports the cost of a keystroke (input event to
// rendered results). With -server2000 it does the same for a build of
// 2,000 synthetic articles served by that build's own server binary. It
// prints a table and, last, one JSON line.
//
// Usage:
//
//	loadbench [-wasm build/web/app.wasm] [-runs 5] [-server2000 BIN -wasm2000 FILE]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"sort"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parallax/app/headless"
	"parallax/app/server"
	"parallax/app/ui"
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

// sample is one page load's timings, in milliseconds.
type sample struct {
	FirstContent float64 `json:"fcp"`
	Interactive  float64 `json:"interactive"`
	Decode       float64 `json:"decode"`
}

func main() {
	wasm := flag.String("wasm", "build/web/app.wasm", "compiled app")
	runs := flag.Int("runs", 5, "cold loads to measure (each in a fresh browser)")
	server2000 := flag.String("server2000", "", "server binary built with the 2,000-article corpus")
	wasm2000 := flag.String("wasm2000", "", "app.wasm built with the 2,000-article corpus")
	flag.Parse()
	if err := run(*wasm, *runs, *server2000, *wasm2000); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

// query is typed into quote search, one key at a time.
const query = "sovereignty is non-negotiable sheinbaum"

func run(wasm string, runs int, server2000, wasm2000 string) error {
	sizes := map[string]int64{}
	for key, name := range map[string]string{"wasm_bytes": wasm, "wasm_gzip_bytes": wasm + ".gz", "wasm_brotli_bytes": wasm + ".br"} {
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		sizes[key] = info.Size()
	}
	ui.Routes()
	site, err := server.New(server.Config{Wasm: wasm})
	if err != nil {
		return err
	}
	srv := httptest.NewServer(site)
	defer srv.Close()

	var cold, warm []sample
	for i := 0; i < runs; i++ {
		c, w, err := measure(srv.URL + "/")
		if err != nil {
			return err
		}
		cold, warm = append(cold, c), append(warm, w)
	}
	keys, err := measureSearch(srv.URL + "/quotes")
	if err != nil {
		return err
	}
	result := map[string]any{
		"search_p50_ms":         percentile(keys.Search, 50),
		"search_p95_ms":         percentile(keys.Search, 95),
		"keystroke_p50_ms":      percentile(keys.Keystroke, 50),
		"keystroke_p95_ms":      percentile(keys.Keystroke, 95),
		"wasm_bytes":            sizes["wasm_bytes"],
		"wasm_gzip_bytes":       sizes["wasm_gzip_bytes"],
		"wasm_brotli_bytes":     sizes["wasm_brotli_bytes"],
		"cold_first_content_ms": median(cold, func(s sample) float64 { return s.FirstContent }),
		"cold_interactive_ms":   median(cold, func(s sample) float64 { return s.Interactive }),
		"warm_interactive_ms":   median(warm, func(s sample) float64 { return s.Interactive }),
		"corpus_decode_ms":      median(cold, func(s sample) float64 { return s.Decode }),
		"runs":                  runs,
	}
	fmt.Printf("app.wasm: %d bytes raw, %d gzip, %d brotli\n", sizes["wasm_bytes"], sizes["wasm_gzip_bytes"], sizes["wasm_brotli_bytes"])
	fmt.Printf("%-6s %10s %12s %10s\n", "load", "fcp ms", "started ms", "decode ms")
	for i := range cold {
		fmt.Printf("cold %d %10.1f %12.1f %10.2f\n", i+1, cold[i].FirstContent, cold[i].Interactive, cold[i].Decode)
		fmt.Printf("warm %d %10.1f %12.1f %10.2f\n", i+1, warm[i].FirstContent, warm[i].Interactive, warm[i].Decode)
	}
	fmt.Printf("quote search, %d keystrokes: search p50 %.2f ms, p95 %.2f ms; keystroke to rendered results p50 %.1f ms, p95 %.1f ms\n",
		len(keys.Keystroke), percentile(keys.Search, 50), percentile(keys.Search, 95), percentile(keys.Keystroke, 50), percentile(keys.Keystroke, 95))
	if server2000 != "" {
		if err := run2000(server2000, wasm2000, result); err != nil {
			return err
		}
	}
	line, err := json.Marshal(result)
	if err != nil {
		return err
	}
	fmt.Println(string(line))
	return nil
}

// measure loads url cold in a fresh browser, then reloads it warm once
// the service worker has installed.
func measure(url string) (cold, warm sample, err error) {
	b, err := headless.Start(headless.Options{})
	if err != nil {
		return cold, warm, err
	}
	defer b.Close()
	tab, err := b.NewTab(2 * time.Minute)
	if err != nil {
		return cold, warm, err
	}
	defer tab.Close()
	err = tab.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		// A tab in the background reports no paint timings.
		if err := page.BringToFront().Do(ctx); err != nil {
			return err
		}
		_, err := page.AddScriptToEvaluateOnNewDocument(probe).Do(ctx)
		return err
	}))
	if err != nil {
		return cold, warm, err
	}
	if cold, err = load(tab, url); err != nil {
		return cold, warm, err
	}
	// Let the service worker finish caching before the warm load.
	var active bool
	awaitPromise := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	if err := tab.Run(chromedp.Evaluate(`navigator.serviceWorker.ready.then(r => !!r.active)`, &active, awaitPromise)); err != nil {
		return cold, warm, err
	}
	warm, err = load(tab, url)
	return cold, warm, err
}

// load navigates (or reloads) and reads the page's timings.
func load(tab *headless.Tab, url string) (sample, error) {
	var s sample
	err := tab.Run(
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

func median(samples []sample, f func(sample) float64) float64 {
	v := make([]float64, len(samples))
	for i, s := range samples {
		v[i] = f(s)
	}
	sort.Float64s(v)
	m := v[len(v)/2]
	if len(v)%2 == 0 {
		m = (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return float64(int(m*10+0.5)) / 10
}

// run2000 starts the server built with 2,000 synthetic articles and
// measures a cold load and quote search there.
func run2000(bin, wasm string, result map[string]any) error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, "serve", "-addr", addr, "-wasm", wasm)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer cmd.Process.Kill()
	url := "http://" + addr
	for i := 0; ; i++ {
		if res, err := http.Get(url + "/"); err == nil {
			res.Body.Close()
			break
		}
		if i == 100 {
			return fmt.Errorf("server %s did not start", bin)
		}
		time.Sleep(100 * time.Millisecond)
	}
	info, err := os.Stat(wasm + ".br")
	if err != nil {
		return err
	}
	cold, _, err := measure(url + "/")
	if err != nil {
		return err
	}
	keys, err := measureSearch(url + "/quotes")
	if err != nil {
		return err
	}
	result["wasm_brotli_bytes_2000"] = info.Size()
	result["cold_interactive_ms_2000"] = cold.Interactive
	result["corpus_decode_ms_2000"] = cold.Decode
	result["search_p50_ms_2000"] = percentile(keys.Search, 50)
	result["search_p95_ms_2000"] = percentile(keys.Search, 95)
	result["keystroke_p50_ms_2000"] = percentile(keys.Keystroke, 50)
	result["keystroke_p95_ms_2000"] = percentile(keys.Keystroke, 95)
	fmt.Printf("2,000 articles: app.wasm %d bytes brotli; cold start %.0f ms (corpus decode %.1f ms); %d keystrokes: search p50 %.2f ms, p95 %.2f ms; keystroke to rendered results p50 %.1f ms, p95 %.1f ms\n",
		info.Size(), cold.Interactive, cold.Decode, len(keys.Keystroke), percentile(keys.Search, 50), percentile(keys.Search, 95), percentile(keys.Keystroke, 50), percentile(keys.Keystroke, 95))
	return nil
}

// searchTimes are the costs of keystrokes in quote search, in
// milliseconds, as the app measured them: Keystroke from the input event
// to the rendered results (including go-app's wait of up to 8.3 ms for its
// next frame), Search the search itself.
type searchTimes struct {
	Keystroke []float64 `json:"keystroke"`
	Search    []float64 `json:"search"`
}

// measureSearch opens quote search and types the query three times, one
// key at a time.
func measureSearch(url string) (searchTimes, error) {
	var t searchTimes
	b, err := headless.Start(headless.Options{})
	if err != nil {
		return t, err
	}
	defer b.Close()
	tab, err := b.NewTab(5 * time.Minute)
	if err != nil {
		return t, err
	}
	defer tab.Close()
	if err := tab.Run(chromedp.Navigate(url), headless.WaitStarted()); err != nil {
		return t, err
	}
	for round := 0; round < 3; round++ {
		// Clear the box as a user would: select all, then Backspace.
		if err := tab.Run(chromedp.Click("#q", chromedp.ByQuery), chromedp.Evaluate(`document.getElementById("q").select()`, nil), chromedp.KeyEvent(kb.Backspace)); err != nil {
			return t, err
		}
		for _, r := range query {
			if err := tab.Run(chromedp.SendKeys("#q", string(r), chromedp.ByQuery)); err != nil {
				return t, err
			}
		}
	}
	err = tab.Run(
		headless.WaitJS(fmt.Sprintf(`performance.getEntriesByName("parallax-keystroke").length >= %d`, 3*len([]rune(query))+2)),
		chromedp.Evaluate(`({
			keystroke: performance.getEntriesByName("parallax-keystroke").map(e => e.duration),
			search: performance.getEntriesByName("parallax-search").map(e => e.duration)
		})`, &t))
	return t, err
}

func percentile(v []float64, p int) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	i := (len(s)*p + 99) / 100
	i = min(max(i-1, 0), len(s)-1)
	return float64(int(s[i]*100+0.5)) / 100
}
