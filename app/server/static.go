package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

	"parallax/app/ui"
)

// notFoundProbe is a path no route serves, rendered to make 404.html.
const notFoundProbe = "/404"

// WriteStatic writes the whole site to dir, ready for any static host:
// every page pre-rendered as both x.html and x/index.html (hosts differ in
// which they serve for /x), go-app's scripts, the assets, app.wasm with
// its precompressed forms, and 404.html. Files are written one at a time.
// It returns the number of files written.
func (s *Site) WriteStatic(dir string) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	n := 0
	write := func(name string, body []byte) error {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, body, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", full, err)
		}
		n++
		return nil
	}

	for _, res := range []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest"} {
		body, err := s.render(res, http.StatusOK)
		if err != nil {
			return n, err
		}
		if err := write(res, body); err != nil {
			return n, err
		}
	}
	for _, page := range ui.Pages(s.corpus) {
		body, err := s.render(page, http.StatusOK)
		if err != nil {
			return n, err
		}
		if page == "/" {
			if err := write("index.html", body); err != nil {
				return n, err
			}
			continue
		}
		if err := write(page+".html", body); err != nil {
			return n, err
		}
		if err := write(page+"/index.html", body); err != nil {
			return n, err
		}
	}
	body, err := s.render(notFoundProbe, http.StatusNotFound)
	if err != nil {
		return n, err
	}
	if err := write("404.html", body); err != nil {
		return n, err
	}
	for name, f := range s.files {
		if err := write(name, f.body); err != nil {
			return n, err
		}
		for _, c := range []struct {
			ext  string
			body []byte
		}{{".br", f.br}, {".gz", f.gz}} {
			if c.body != nil {
				if err := write(name+c.ext, c.body); err != nil {
					return n, err
				}
			}
		}
	}
	return n, nil
}

// render fetches one path from the site in memory, as a host would
// request it at the root (without the prefix), and checks its status.
// Pages carry the Content-Security-Policy in a <meta> element: static
// hosts send no such header.
func (s *Site) render(p string, want int) ([]byte, error) {
	req := httptest.NewRequest(http.MethodGet, s.prefix+p, nil)
	rec := httptest.NewRecorder()
	s.serve(rec, req, true)
	if rec.Code != want {
		return nil, fmt.Errorf("render %s: status %d, want %d", p, rec.Code, want)
	}
	if rec.Header().Get("Content-Encoding") != "" {
		return nil, fmt.Errorf("render %s: unexpected content encoding %q", p, rec.Header().Get("Content-Encoding"))
	}
	return rec.Body.Bytes(), nil
}
