package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/chromedp/chromedp"
)

// fuseSettings are the options Fuse.js searches with: the common settings,
// over the two fields the app searches, with ignoreLocation set. Fuse's
// default (location 0, distance 100) scores a match by how far into the
// string it starts, so at threshold 0.4 a match more than about 40
// characters into a quote is dropped, and Fuse's Bitap scan stops early
// accordingly; the app finds words anywhere in a quote. Only with
// ignoreLocation do both answer the same question, so that is the fair
// comparison (it is also the slower setting for Fuse). limit caps the
// results as the app does (app/ui's maxResults, 200); Fuse then keeps the
// best in a heap instead of sorting every match.
const fuseSettings = `{keys: ["text", "speaker"], threshold: 0.4, ignoreLocation: true}`

// fuseLimit is the number of results asked of Fuse, as the app's quote
// search asks of its index (app/ui's maxResults).
const fuseLimit = 200

// fuseTimes are Fuse.js's costs, in milliseconds: building its index
// once and each search.
type fuseTimes struct {
	index  float64
	search []float64
}

// fuseSearch runs Fuse.js in the page open in ctx over docs: it evaluates
// the library from the file at path (the page fetches nothing), builds
// the index and times fuse.search for every prefix of every query, typed
// rounds times as the app's queries are, in the page's own clock.
func fuseSearch(ctx context.Context, path string, docs []doc) (fuseTimes, error) {
	var t fuseTimes
	lib, err := os.ReadFile(path)
	if err != nil {
		return t, fmt.Errorf("read Fuse.js: %w", err)
	}
	data, err := json.Marshal(docs)
	if err != nil {
		return t, fmt.Errorf("encode the quotes: %w", err)
	}
	// The file is CommonJS: give it a module to export into.
	load := "(() => { const module = {exports: {}}; const exports = module.exports;\n" + string(lib) +
		"\n;window.__parallaxFuse = module.exports; return typeof module.exports; })()"
	var kind string
	if err := chromedp.Run(ctx, chromedp.Evaluate(load, &kind)); err != nil {
		return t, fmt.Errorf("evaluate Fuse.js: %w", err)
	}
	if kind != "function" {
		return t, fmt.Errorf("%s exports a %s, not the Fuse class", path, kind)
	}
	if err := chromedp.Run(ctx, chromedp.Evaluate("window.__parallaxDocs = "+string(data)+"; window.__parallaxDocs.length", nil)); err != nil {
		return t, fmt.Errorf("pass the quotes to the page: %w", err)
	}
	build := fmt.Sprintf(`(() => {
		const t0 = performance.now();
		window.__parallaxFuseIndex = new window.__parallaxFuse(window.__parallaxDocs, %s);
		return performance.now() - t0;
	})()`, fuseSettings)
	if err := chromedp.Run(ctx, chromedp.Evaluate(build, &t.index)); err != nil {
		return t, fmt.Errorf("build the Fuse.js index: %w", err)
	}
	for round := 0; round < rounds; round++ {
		for _, q := range queries {
			for _, p := range prefixes(q) {
				arg, err := json.Marshal(p)
				if err != nil {
					return t, err
				}
				var ms float64
				err = chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
					const t0 = performance.now();
					window.__parallaxFuseIndex.search(%s, {limit: %d});
					return performance.now() - t0;
				})()`, arg, fuseLimit), &ms))
				if err != nil {
					return t, fmt.Errorf("fuse.search(%s): %w", arg, err)
				}
				t.search = append(t.search, ms)
			}
		}
	}
	return t, nil
}

// prefixes returns the prefixes of q a typist makes, shortest first, one
// per character: the queries the app searches for as q is typed.
func prefixes(q string) []string {
	var p []string
	for i := range q {
		if i > 0 {
			p = append(p, q[:i])
		}
	}
	if q != "" {
		p = append(p, q)
	}
	return p
}
