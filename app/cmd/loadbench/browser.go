package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"parallax/app/headless"
)

// runTimeout bounds the whole browser run; pageTimeout one page's
// measurements.
const (
	runTimeout  = 30 * time.Minute
	pageTimeout = 10 * time.Minute
)

// browser is the one Chromium process of the run. Each page is opened in
// a browser context of its own, which has its own empty HTTP cache,
// storage and service workers, so that a cold load is cold.
type browser struct {
	b    *headless.Browser
	root *headless.Tab // parent of every page; kept open for the run

	mu     sync.Mutex
	errors []string // exceptions and console errors of the pages
}

func startBrowser() (*browser, error) {
	b, err := headless.Start(headless.Options{})
	if err != nil {
		return nil, err
	}
	root, err := b.NewTab(runTimeout)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("open tab: %w", err)
	}
	return &browser{b: b, root: root}, nil
}

func (br *browser) close() {
	br.root.Close()
	br.b.Close()
}

// problems returns the exceptions and console errors seen in the pages.
func (br *browser) problems() []string {
	br.mu.Lock()
	defer br.mu.Unlock()
	return append([]string(nil), br.errors...)
}

// newPage opens a tab in a new browser context and brings it to the front
// (a tab in the background reports no paint timings). scripts run in every
// document before the page's own. The context is disposed of by cancel.
func (br *browser) newPage(scripts ...string) (context.Context, context.CancelFunc, error) {
	// chromedp.WithNewBrowserContext opens no window for the tab, which
	// headless Chromium refuses ("no browser is open"): create both here.
	bctx := cdp.WithExecutor(br.root.Ctx, chromedp.FromContext(br.root.Ctx).Browser)
	id, err := target.CreateBrowserContext().Do(bctx)
	if err != nil {
		return nil, nil, fmt.Errorf("create a browser context: %w", err)
	}
	dispose := func() {
		// The run's context may be done: dispose with a fresh one.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		target.DisposeBrowserContext(id).Do(cdp.WithExecutor(ctx, chromedp.FromContext(br.root.Ctx).Browser))
	}
	tid, err := target.CreateTarget("about:blank").WithBrowserContextID(id).WithNewWindow(true).Do(bctx)
	if err != nil {
		dispose()
		return nil, nil, fmt.Errorf("open a tab: %w", err)
	}
	tctx, cancelTab := chromedp.NewContext(br.root.Ctx, chromedp.WithTargetID(tid))
	ctx, cancelTimeout := context.WithTimeout(tctx, pageTimeout)
	cancel := func() { cancelTimeout(); cancelTab(); dispose() }
	chromedp.ListenTarget(ctx, func(ev any) {
		var msg string
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type != runtime.APITypeError && e.Type != runtime.APITypeAssert {
				return
			}
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			msg = "console." + string(e.Type) + ": " + strings.Join(parts, " ")
		case *runtime.EventExceptionThrown:
			msg = "exception: " + e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
		default:
			return
		}
		br.mu.Lock()
		br.errors = append(br.errors, msg)
		br.mu.Unlock()
	})
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if err := page.BringToFront().Do(ctx); err != nil {
			return err
		}
		for _, s := range scripts {
			if _, err := page.AddScriptToEvaluateOnNewDocument(s).Do(ctx); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		cancel()
		return nil, nil, fmt.Errorf("open page: %w", err)
	}
	return ctx, cancel, nil
}

// site is a running server of one build of the app.
type site struct {
	url   string
	close func()
}

// serveBinary starts a build's own server binary on a free local port and
// waits until it answers.
func serveBinary(bin, wasm string) (*site, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("find a free port: %w", err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, "serve", "-addr", addr, "-wasm", wasm)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	stop := func() {
		cmd.Process.Kill()
		cmd.Wait()
	}
	url := "http://" + addr
	for i := 0; ; i++ {
		if res, err := http.Get(url + "/"); err == nil {
			res.Body.Close()
			break
		}
		if i == 100 {
			stop()
			return nil, fmt.Errorf("server %s did not answer on %s", bin, addr)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return &site{url: url, close: stop}, nil
}
