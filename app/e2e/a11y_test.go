package e2e

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"parallax/app/headless"
)

// pageTypes returns one page of every kind the explorer has.
func pageTypes(t *testing.T) []string {
	t.Helper()
	c := testCorpus
	pages := []string{"/", "/articles/" + c.Articles[0].ID, "/quotes", "/quotes?q=mexico", "/entities", "/compare", "/coverage", "/framing", "/nope"}
	if len(c.Quotes) > 0 {
		pages = append(pages, "/quotes/"+c.Quotes[0].ID)
	}
	if len(c.Entities) > 0 {
		pages = append(pages, "/entities/"+quotedPerson(t).ID)
	}
	if len(c.Pairs) > 0 {
		pages = append(pages, "/compare/"+c.Pairs[0].A+"/"+c.Pairs[0].B)
	}
	return pages
}

// axeSource is axe-core's script, from npm (make installs it and sets
// $PARALLAX_AXE).
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("PARALLAX_AXE")
	if path == "" {
		if os.Getenv("PARALLAX_E2E") != "" {
			t.Fatal("PARALLAX_E2E is set but PARALLAX_AXE is not (make test installs axe-core)")
		}
		t.Skip("PARALLAX_AXE is not set")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEveryPageTypeHasNoSeriousAccessibilityViolation(t *testing.T) {
	skipWithoutSite(t)
	axe := axeSource(t)
	d := deployments[0]
	for _, scheme := range []string{"light", "dark"} {
		tab, err := browser.NewTab(5 * time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if err := tab.Run(emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}})); err != nil {
			t.Fatal(err)
		}
		for _, p := range pageTypes(t) {
			open(t, tab, d.page(p))
			var violations []string
			err := tab.Run(
				chromedp.Evaluate(axe, nil),
				chromedp.Evaluate(`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
					.filter(v => v.impact === "serious" || v.impact === "critical")
					.map(v => v.impact + " " + v.id + ": " + v.help + " — " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")))`,
					&violations, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
			)
			if err != nil {
				t.Fatalf("%s (%s): axe: %v", p, scheme, err)
			}
			if len(violations) > 0 {
				t.Errorf("%s (%s theme):\n  %s", p, scheme, strings.Join(violations, "\n  "))
			}
		}
		tab.Close()
	}
}

func TestEveryPageTypeIsReadableAt375PixelsWide(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		if err := tab.Run(chromedp.EmulateViewport(375, 800)); err != nil {
			t.Fatal(err)
		}
		for _, p := range pageTypes(t) {
			open(t, tab, d.page(p))
			var overflow int
			if err := tab.Run(chromedp.Evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`, &overflow)); err != nil {
				t.Fatal(err)
			}
			if overflow > 0 {
				t.Errorf("%s: page is %dpx wider than a 375px screen", p, overflow)
			}
		}
	})
}

func TestEveryPageTypeCanBeUsedByKeyboardWithVisibleFocus(t *testing.T) {
	skipWithoutSite(t)
	tab, err := browser.NewTab(5 * time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	d := deployments[0]
	for _, p := range pageTypes(t) {
		open(t, tab, d.page(p))
		// Tab through the first controls: each must get a visible outline.
		for i := 0; i < 6; i++ {
			if err := tab.Run(pressKey("Tab")); err != nil {
				t.Fatal(err)
			}
			var res struct {
				Tag     string `json:"tag"`
				Outline string `json:"outline"`
				Visible bool   `json:"visible"`
			}
			if err := tab.Run(chromedp.Evaluate(`(() => { const e = document.activeElement; const s = getComputedStyle(e);
				const r = e.getBoundingClientRect();
				return {tag: e.tagName + (e.id ? "#" + e.id : ""), outline: s.outlineStyle + " " + s.outlineWidth,
					visible: r.width > 0 && r.height > 0}; })()`, &res)); err != nil {
				t.Fatal(err)
			}
			if res.Tag == "BODY" {
				t.Errorf("%s: Tab %d left the focus on the page body", p, i+1)
				break
			}
			if !res.Visible || strings.HasPrefix(res.Outline, "none") || strings.HasSuffix(res.Outline, " 0px") {
				t.Errorf("%s: Tab %d focused %s without a visible focus ring (outline %s, visible %v)", p, i+1, res.Tag, res.Outline, res.Visible)
			}
		}
	}
}

// pressKey presses a key that types nothing, such as "Tab".
func pressKey(key string) chromedp.Action {
	codes := map[string]int64{"Tab": 9, "Enter": 13, "ArrowDown": 40, "ArrowUp": 38}
	return chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyRawDown).WithKey(key).WithCode(key).WithWindowsVirtualKeyCode(codes[key])
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey(key).WithCode(key).WithWindowsVirtualKeyCode(codes[key]).Do(ctx)
	})
}
