package main

import (
	"context"
	"fmt"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parallax/app/headless"
)

// queries are typed into quote search, one key at a time, as a reader of
// news would: single words, a phrase, a speaker's name misspelt, and words
// with a speaker. Fuse.js is timed on every prefix of the same queries.
var queries = []string{
	"sovereignty",
	"border security",
	"we rejected it",
	"sheinbam",
	"drug cartels trump",
}

// rounds is how many times each query is typed.
const rounds = 3

// searchTimes are the costs of keystrokes in quote search, in
// milliseconds, as the app measured them: keystroke from the input event
// to the rendered results (including go-app's wait of up to 8.3 ms for its
// next frame), search the search itself.
type searchTimes struct {
	keystroke []float64
	search    []float64
}

// counts reads how many keystroke and search measures the page holds.
const counts = `[performance.getEntriesByName("parallax-keystroke").length, performance.getEntriesByName("parallax-search").length]`

// typeQueries types each query rounds times into the search box of the
// quote search page open in ctx and returns the app's measures of the
// typed keys (not of clearing the box). Each key is sent once the app has
// rendered the results of the one before, as a typist slower than the app
// would: what is measured is the cost of a keystroke, not a queue of them.
func typeQueries(ctx context.Context) (searchTimes, error) {
	var t searchTimes
	for round := 0; round < rounds; round++ {
		for _, q := range queries {
			if err := clearBox(ctx); err != nil {
				return t, err
			}
			var before [2]int
			if err := chromedp.Run(ctx, chromedp.Evaluate(counts, &before)); err != nil {
				return t, err
			}
			n := before[0]
			for _, r := range q {
				n++
				err := chromedp.Run(ctx,
					chromedp.SendKeys("#q", string(r), chromedp.ByQuery),
					waitKeystrokes(n))
				if err != nil {
					return t, fmt.Errorf("type %q: %w", q, err)
				}
			}
			var got struct {
				Keystroke []float64 `json:"keystroke"`
				Search    []float64 `json:"search"`
			}
			err := chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(`({
				keystroke: performance.getEntriesByName("parallax-keystroke").slice(%d).map(e => e.duration),
				search: performance.getEntriesByName("parallax-search").slice(%d).map(e => e.duration)
			})`, before[0], before[1]), &got))
			if err != nil {
				return t, fmt.Errorf("read the measures of %q: %w", q, err)
			}
			if len(got.Keystroke) != len([]rune(q)) || len(got.Search) != len(got.Keystroke) {
				return t, fmt.Errorf("typing %q (%d keys) left %d keystroke and %d search measures", q, len([]rune(q)), len(got.Keystroke), len(got.Search))
			}
			t.keystroke = append(t.keystroke, got.Keystroke...)
			t.search = append(t.search, got.Search...)
		}
	}
	return t, nil
}

// clearBox empties the search box as a user would, selecting its text and
// pressing Backspace, and waits for the app to render the result.
func clearBox(ctx context.Context) error {
	var value string
	var before [2]int
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.getElementById("q").value`, &value), chromedp.Evaluate(counts, &before)); err != nil {
		return fmt.Errorf("read the search box: %w", err)
	}
	if value == "" {
		return chromedp.Run(ctx, chromedp.Focus("#q", chromedp.ByQuery))
	}
	err := chromedp.Run(ctx,
		chromedp.Focus("#q", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("q").select()`, nil),
		chromedp.KeyEvent(kb.Backspace),
		waitKeystrokes(before[0]+1))
	if err != nil {
		return fmt.Errorf("clear the search box: %w", err)
	}
	return nil
}

// waitKeystrokes waits until the page holds n keystroke measures.
func waitKeystrokes(n int) chromedp.Action {
	return headless.WaitJS(fmt.Sprintf(`performance.getEntriesByName("parallax-keystroke").length >= %d`, n))
}
