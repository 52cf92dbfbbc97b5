package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"parallax/app/embedded"
	"parallax/app/ui"
	"parallax/corpus"
)

var routesOnce sync.Once

// newSite builds a Site around a stand-in app.wasm in a temporary folder.
func newSite(t *testing.T, prefix string, wasm []byte) (*Site, string) {
	t.Helper()
	routesOnce.Do(ui.Routes)
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	if err := os.WriteFile(name, wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Compress(name); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Wasm: name, Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	return s, name
}

func testCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := embedded.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var fakeWasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("parallax "), 5000)...)

func get(h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestPages(t *testing.T) {
	c := testCorpus(t)
	s, _ := newSite(t, "", fakeWasm)
	a := c.Articles[0]
	tests := []struct {
		path   string
		status int
		ctype  string
		has    string
	}{
		{"/", 200, "text/html; charset=utf-8", a.Title},
		{"/articles/" + a.ID, 200, "text/html; charset=utf-8", `id="` + a.Paragraphs[0].ID + `"`},
		{"/articles/no-such-id", 404, "text/html; charset=utf-8", "Page not found"},
		{"/no/such/page", 404, "text/html; charset=utf-8", "Page not found"},
		{"/app.js", 200, "application/javascript", "GOAPP_VERSION"},
		{"/manifest.webmanifest", 200, "application/manifest+json", `"name":"Parallax"`},
		{"/web/app.css", 200, "text/css; charset=utf-8", "prefers-color-scheme"},
		{"/web/icon.svg", 200, "image/svg+xml", "<svg"},
		{"/web/icon-192.png", 200, "image/png", "PNG"},
		{"/web/missing.png", 404, "", ""},
	}
	for _, tt := range tests {
		rec := get(s, tt.path)
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, rec.Code, tt.status)
		}
		if got := rec.Header().Get("Content-Type"); tt.ctype != "" && got != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, got, tt.ctype)
		}
		if !strings.Contains(rec.Body.String(), tt.has) {
			t.Errorf("GET %s: body lacks %q", tt.path, tt.has)
		}
	}
}

func TestWasmIsServedPrecompressed(t *testing.T) {
	s, name := newSite(t, "", fakeWasm)
	br, _ := os.ReadFile(name + ".br")
	gz, _ := os.ReadFile(name + ".gz")
	tests := []struct {
		accept, encoding string
		body             []byte
	}{
		{"gzip, deflate, br, zstd", "br", br},
		{"gzip", "gzip", gz},
		{"br;q=0, gzip", "gzip", gz},
		{"", "", fakeWasm},
		{"identity", "", fakeWasm},
	}
	for _, tt := range tests {
		rec := get(s, "/web/app.wasm", "Accept-Encoding", tt.accept)
		if rec.Code != 200 || rec.Header().Get("Content-Encoding") != tt.encoding || !bytes.Equal(rec.Body.Bytes(), tt.body) {
			t.Errorf("Accept-Encoding %q: status %d, encoding %q, %d bytes; want 200, %q, %d bytes",
				tt.accept, rec.Code, rec.Header().Get("Content-Encoding"), rec.Body.Len(), tt.encoding, len(tt.body))
		}
		if ct := rec.Header().Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Content-Type %q, want application/wasm", ct)
		}
		if rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("missing Vary: Accept-Encoding")
		}
	}
	if len(br) >= len(fakeWasm) || len(gz) >= len(fakeWasm) {
		t.Errorf("compressed sizes br %d gz %d not below %d", len(br), len(gz), len(fakeWasm))
	}
	etag := get(s, "/web/app.wasm").Header().Get("ETag")
	if rec := get(s, "/web/app.wasm", "If-None-Match", etag); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("revalidation with the ETag: status %d, %d bytes; want 304 and none", rec.Code, rec.Body.Len())
	}
}

func TestVersionFollowsContent(t *testing.T) {
	a, _ := newSite(t, "", fakeWasm)
	b, _ := newSite(t, "", fakeWasm)
	c, _ := newSite(t, "", append([]byte("changed"), fakeWasm...))
	if a.Version() != b.Version() {
		t.Errorf("same content, versions %s and %s", a.Version(), b.Version())
	}
	if a.Version() == c.Version() {
		t.Errorf("different app.wasm, same version %s", a.Version())
	}
	if !strings.Contains(get(a, "/app.js").Body.String(), a.Version()) {
		t.Errorf("app.js does not carry the version")
	}
}

func TestPrefix(t *testing.T) {
	c := testCorpus(t)
	s, _ := newSite(t, "/some/prefix/", fakeWasm)
	if rec := get(s, "/some/prefix/"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `href="/some/prefix/articles/`+c.Articles[0].ID+`"`) {
		t.Errorf("home under the prefix: status %d, links not prefixed", rec.Code)
	}
	if rec := get(s, "/some/prefix"); rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/some/prefix/" {
		t.Errorf("prefix without slash: status %d to %q, want 301 to /some/prefix/", rec.Code, rec.Header().Get("Location"))
	}
	if rec := get(s, "/"); rec.Code != 404 {
		t.Errorf("outside the prefix: status %d, want 404", rec.Code)
	}
	if rec := get(s, "/some/prefix/web/app.wasm"); rec.Code != 200 {
		t.Errorf("wasm under the prefix: status %d", rec.Code)
	}
}

func TestWriteStatic(t *testing.T) {
	c := testCorpus(t)
	for _, prefix := range []string{"", "/some/prefix"} {
		s, _ := newSite(t, prefix+"/", fakeWasm)
		dir := t.TempDir()
		if _, err := s.WriteStatic(dir); err != nil {
			t.Fatal(err)
		}
		a := c.Articles[0]
		want := map[string]string{
			"index.html":                       a.Title,
			"articles/" + a.ID + ".html":       `id="` + a.Paragraphs[0].ID + `"`,
			"articles/" + a.ID + "/index.html": `id="` + a.Paragraphs[0].ID + `"`,
			"404.html":                         "Page not found",
			"app.js":                           `"GOAPP_ROOT_PREFIX":"` + map[string]string{"": "/", "/some/prefix": "/some/prefix"}[prefix] + `"`,
			"app-worker.js":                    prefix + "/web/app.wasm",
			"wasm_exec.js":                     "Go",
			"manifest.webmanifest":             "Parallax",
			"web/app.wasm":                     "parallax",
			"web/app.css":                      "prefers-color-scheme",
			"web/icon-512.png":                 "PNG",
		}
		for name, has := range want {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Errorf("prefix %q: %v", prefix, err)
				continue
			}
			if !strings.Contains(string(b), has) {
				t.Errorf("prefix %q: %s lacks %q", prefix, name, has)
			}
		}
		for _, name := range []string{"web/app.wasm.br", "web/app.wasm.gz"} {
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Errorf("prefix %q: %v", prefix, err)
			}
		}
		index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
		if !strings.Contains(string(index), `src="`+prefix+`/app.js"`) {
			t.Errorf("prefix %q: index.html does not load %s/app.js", prefix, prefix)
		}
	}
}

func TestAcceptEncoding(t *testing.T) {
	got := acceptEncoding("gzip;q=1.0, br;q=0, *;q=0.5, Deflate")
	if !got["gzip"] || got["br"] || !got["deflate"] || !got["*"] {
		t.Errorf("acceptEncoding = %v", got)
	}
}
