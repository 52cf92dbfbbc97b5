// Package server serves the Parallax explorer over HTTP and writes it out
// as a static site. It is server-only code: the WebAssembly build never
// imports it.
package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/embedded"
	"parallax/app/ui"
	"parallax/corpus"
	"parallax/web"
)

// Config says where the compiled app is and where the site lives.
type Config struct {
	// Wasm is the path of the compiled app.wasm. Its precompressed forms
	// are read from Wasm+".br" and Wasm+".gz" when present (see Compress).
	Wasm string
	// Prefix is the path the site is served under, such as "/parallax/";
	// empty or "/" for the root of the host.
	Prefix string
	// Domain is the host name the site is published under, such as
	// "example.org" (an "https://" in front is accepted). Link previews
	// need it for their absolute URLs (og:url, og:image). Empty, pages
	// carry no og:url and a root-relative og:image.
	Domain string
}

// Site is the explorer ready to serve: the go-app handler and every file
// it needs, loaded in memory.
type Site struct {
	corpus  *corpus.Corpus
	prefix  string // "" or "/some/prefix", no trailing slash
	domain  string // "" or a host name
	app     *app.Handler
	files   map[string]*file // "/web/..." paths
	version string
}

// file is a static file and its precompressed forms.
type file struct {
	body, br, gz []byte
	ctype, etag  string
}

// New loads the compiled app and the assets and configures go-app. The
// routes must already be registered (ui.Routes).
func New(cfg Config) (*Site, error) {
	domain, err := normDomain(cfg.Domain)
	if err != nil {
		return nil, err
	}
	c, err := embedded.Corpus()
	if err != nil {
		return nil, err
	}
	s := &Site{corpus: c, prefix: normPrefix(cfg.Prefix), domain: domain, files: make(map[string]*file)}

	wasm, err := os.ReadFile(cfg.Wasm)
	if err != nil {
		return nil, fmt.Errorf("read app: %w", err)
	}
	wf := newFile("/web/app.wasm", wasm)
	for _, enc := range []struct {
		ext string
		dst *[]byte
	}{{".br", &wf.br}, {".gz", &wf.gz}} {
		if b, err := os.ReadFile(cfg.Wasm + enc.ext); err == nil {
			*enc.dst = b
		}
	}
	s.files["/web/app.wasm"] = wf

	err = fs.WalkDir(web.Assets, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(web.Assets, name)
		if err != nil {
			return err
		}
		s.files["/web/"+name] = newFile(name, b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read assets: %w", err)
	}
	s.version = s.contentVersion()
	worker, err := s.workerTemplate()
	if err != nil {
		return nil, err
	}

	var resources app.ResourceResolver = app.LocalDir("")
	if s.prefix != "" {
		resources = app.PrefixedLocation(s.prefix)
	}
	s.app = &app.Handler{
		Name:        "Parallax",
		ShortName:   "Parallax",
		Title:       "Parallax",
		Description: "Explore a corpus of news articles: who said what, who is in the story, and how the articles differ. Works offline.",
		Lang:        "en",
		Domain:      s.domain,
		Image:       "/web/icon-512.png",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-maskable.png",
		},
		BackgroundColor:   "#fbfaf7",
		ThemeColor:        "#1d3557",
		LoadingLabel:      "Loading Parallax… {progress}%",
		Styles:            []string{"/web/app.css"},
		Version:           s.version,
		WasmContentLength: strconv.Itoa(len(wasm)),
		Resources:         resources,
		// The worker precaches the whole app and answers deep links
		// offline; see worker.js.
		ServiceWorkerTemplate: worker,
	}
	return s, nil
}

func newFile(name string, body []byte) *file {
	sum := sha256.Sum256(body)
	return &file{body: body, ctype: contentType(name), etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
}

// contentVersion derives go-app's version from the content of the app and
// the assets, the service worker and what the server adds to pages, so it
// changes when something a browser caches does. (The pages' HTML comes
// from the same code as app.wasm.)
func (s *Site) contentVersion() string {
	names := make([]string, 0, len(s.files))
	for n := range s.files {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	fmt.Fprintf(h, "%q %q %q %q\n", workerJS, CSP, s.prefix, s.domain)
	for _, n := range names {
		fmt.Fprintf(h, "%s %s\n", n, s.files[n].etag)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Version is the build's content-derived version.
func (s *Site) Version() string { return s.version }

func normPrefix(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return ""
	}
	return "/" + p
}

// normDomain checks a Config.Domain and returns the bare host name.
func normDomain(d string) (string, error) {
	d = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(d), "https://"), "/")
	if strings.ContainsAny(d, "/\\ \t\n\"'<>?#@") {
		return "", fmt.Errorf("domain %q: want a host name such as example.org", d)
	}
	return d, nil
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	case ".html":
		return "text/html; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// ServeHTTP serves the site under its prefix.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.serve(w, r, false)
}

// serve serves the site; static pages carry the Content-Security-Policy
// in a <meta> element as well, for hosts that send no headers.
func (s *Site) serve(w http.ResponseWriter, r *http.Request, static bool) {
	setSecurityHeaders(w.Header())
	p := r.URL.Path
	if s.prefix != "" {
		if p == s.prefix {
			http.Redirect(w, r, s.prefix+"/", http.StatusMovedPermanently)
			return
		}
		if !strings.HasPrefix(p, s.prefix+"/") {
			http.NotFound(w, r)
			return
		}
		p = strings.TrimPrefix(p, s.prefix)
	}
	if f, ok := s.files[p]; ok {
		s.serveFile(w, r, f)
		return
	}
	if strings.HasPrefix(p, "/web/") {
		http.NotFound(w, r)
		return
	}
	r2 := r.Clone(r.Context())
	r2.URL.Path = p
	rec := &recorder{header: make(http.Header), code: http.StatusOK}
	s.app.ServeHTTP(rec, r2)

	body := rec.body.Bytes()
	h := w.Header()
	for k, v := range rec.header {
		h[k] = v
	}
	if ct := h.Get("Content-Type"); ct == "text/html" || strings.HasPrefix(ct, "text/html;") {
		h.Set("Content-Type", "text/html; charset=utf-8")
		csp := ""
		if static {
			csp = MetaCSP
		}
		body = tidyPage(body, tidyOptions{domain: s.domain, prefix: s.prefix, csp: csp})
	}
	if rec.code == http.StatusOK && !isAppResource(p) && !ui.Found(s.corpus, p) {
		rec.code = http.StatusNotFound
	}
	if rec.code != http.StatusNotModified {
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(rec.code)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// isAppResource reports whether p is one of the files go-app generates.
func isAppResource(p string) bool {
	switch p {
	case "/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest", "/manifest.json", "/goapp.js":
		return true
	}
	return false
}

// recorder holds a response of go-app's handler so that the site can
// adjust it: the status of pages that do not exist, and the HTML.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(code int)        { r.code = code }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }

// serveFile serves a static file, precompressed when the client accepts
// it, revalidated by a content-derived ETag.
func (s *Site) serveFile(w http.ResponseWriter, r *http.Request, f *file) {
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", f.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	if f.br != nil || f.gz != nil {
		h.Set("Vary", "Accept-Encoding")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	switch enc := acceptEncoding(r.Header.Get("Accept-Encoding")); {
	case f.br != nil && enc["br"]:
		body = f.br
		h.Set("Content-Encoding", "br")
	case f.gz != nil && enc["gzip"]:
		body = f.gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// acceptEncoding parses an Accept-Encoding header into the codings with a
// non-zero quality.
func acceptEncoding(header string) map[string]bool {
	out := make(map[string]bool)
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if q, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				continue
			}
		}
		if name != "" {
			out[strings.ToLower(name)] = true
		}
	}
	return out
}
