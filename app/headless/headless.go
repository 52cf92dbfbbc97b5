// Package headless starts Chromium in headless mode and drives it with the
// DevTools protocol (chromedp), for the browser tests and the load
// benchmark. It uses the system's Chromium (Debian's /usr/bin/chromium);
// nothing is downloaded.
package headless

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Options configures a browser. The zero value is ready to use.
type Options struct {
	// ExecPath is the Chromium binary; empty means $PARALLAX_CHROMIUM,
	// else "chromium" or "chromium-browser" on $PATH.
	ExecPath string
	// Width and Height are the window size; zero means 1200×900.
	Width, Height int
}

// Browser is one headless Chromium process with its own fresh profile.
type Browser struct {
	ctx     context.Context
	cancel  context.CancelFunc
	dataDir string
}

// Find returns the path of the Chromium binary to use, or an error
// saying how to install it.
func Find(path string) (string, error) {
	if path == "" {
		path = os.Getenv("PARALLAX_CHROMIUM")
	}
	if path != "" {
		return exec.LookPath(path)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found: install it (apt-get install -y chromium) or set PARALLAX_CHROMIUM")
}

// Start launches Chromium with a fresh, empty profile.
func Start(opts Options) (*Browser, error) {
	path, err := Find(opts.ExecPath)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "parallax-chromium-")
	if err != nil {
		return nil, err
	}
	w, h := opts.Width, opts.Height
	if w == 0 || h == 0 {
		w, h = 1200, 900
	}
	flags := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(dir),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(w, h),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), flags...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Run(ctx); err != nil { // starts the browser
		cancel()
		acancel()
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start %s: %w", path, err)
	}
	return &Browser{
		ctx:     ctx,
		cancel:  func() { cancel(); acancel() },
		dataDir: dir,
	}, nil
}

// Close stops the browser and removes its profile.
func (b *Browser) Close() {
	b.cancel()
	os.RemoveAll(b.dataDir)
}

// Tab is one browser tab. It records what the page writes to the console
// as errors and the exceptions it throws.
type Tab struct {
	Ctx    context.Context
	cancel context.CancelFunc

	mu     sync.Mutex
	errors []string
}

// NewTab opens a tab; timeout bounds everything done in it.
func (b *Browser) NewTab(timeout time.Duration) (*Tab, error) {
	ctx, cancel := chromedp.NewContext(b.ctx)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t := &Tab{Ctx: ctx, cancel: func() { cancelTimeout(); cancel() }}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
				}
				t.record("console." + string(e.Type) + ": " + strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			t.record("exception: " + msg)
		}
	})
	if err := chromedp.Run(ctx); err != nil {
		t.cancel()
		return nil, err
	}
	return t, nil
}

func (t *Tab) record(s string) {
	t.mu.Lock()
	t.errors = append(t.errors, s)
	t.mu.Unlock()
}

// Errors returns the console errors and exceptions seen so far.
func (t *Tab) Errors() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.errors...)
}

// Close closes the tab.
func (t *Tab) Close() { t.cancel() }

// Run runs actions in the tab.
func (t *Tab) Run(actions ...chromedp.Action) error { return chromedp.Run(t.Ctx, actions...) }

// WaitStarted waits until the go-app WebAssembly program has started: its
// loading indicator is removed once the app has rendered.
func WaitStarted() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		return waitJS(ctx, `document.readyState === "complete" && !document.getElementById("app-wasm-loader")`)
	})
}

// WaitJS waits until the JavaScript expression is true.
func WaitJS(expr string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error { return waitJS(ctx, expr) })
}

func waitJS(ctx context.Context, expr string) error {
	for {
		var ok bool
		if err := chromedp.Evaluate(`!!(`+expr+`)`, &ok).Do(ctx); err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", expr, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
