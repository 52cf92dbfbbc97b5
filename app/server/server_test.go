package server

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
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

func TestSecurityHeaders(t *testing.T) {
	c := testCorpus(t)
	s, _ := newSite(t, "", fakeWasm)
	for _, p := range []string{"/", "/articles/" + c.Articles[0].ID, "/no/such/page", "/app.js", "/app-worker.js", "/web/app.wasm", "/web/app.css"} {
		rec := get(s, p)
		for _, h := range []struct{ name, want string }{
			{"Content-Security-Policy", CSP},
			{"X-Content-Type-Options", "nosniff"},
			{"Referrer-Policy", "same-origin"},
			{"X-Frame-Options", "DENY"},
		} {
			if got := rec.Header().Get(h.name); got != h.want {
				t.Errorf("GET %s: %s %q, want %q", p, h.name, got, h.want)
			}
		}
	}
	if !strings.Contains(CSP, "frame-ancestors") || strings.Contains(MetaCSP, "frame-ancestors") {
		t.Errorf("frame-ancestors must be in the header policy only")
	}
	for _, bad := range []string{"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:"} {
		if strings.Contains(CSP, bad) {
			t.Errorf("policy allows %s: %s", bad, CSP)
		}
	}
}

func TestLinkPreviews(t *testing.T) {
	c := testCorpus(t)
	a := c.Articles[0]
	tests := []struct {
		prefix, domain string
		has, lacks     []string
	}{
		{"", "", []string{`content="/web/icon-512.png" property="og:image"`}, []string{"https://", "og:url"}},
		{"/some/prefix/", "", []string{`content="/some/prefix/web/icon-512.png" property="og:image"`}, []string{"https://", "og:url"}},
		{"", "example.org", []string{
			`content="https://example.org/articles/` + a.ID + `" property="og:url"`,
			`content="https://example.org/web/icon-512.png" property="og:image"`,
		}, []string{"https:///"}},
		{"/some/prefix/", "https://example.org/", []string{
			`content="https://example.org/some/prefix/articles/` + a.ID + `" property="og:url"`,
			`content="https://example.org/some/prefix/web/icon-512.png" property="og:image"`,
		}, []string{"https:///"}},
	}
	for _, tt := range tests {
		routesOnce.Do(ui.Routes)
		dir := t.TempDir()
		name := filepath.Join(dir, "app.wasm")
		if err := os.WriteFile(name, fakeWasm, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := New(Config{Wasm: name, Prefix: tt.prefix, Domain: tt.domain})
		if err != nil {
			t.Fatal(err)
		}
		page := strings.TrimSuffix(tt.prefix, "/") + "/articles/" + a.ID
		body := get(s, page).Body.String()
		for _, has := range tt.has {
			if !strings.Contains(body, has) {
				t.Errorf("prefix %q domain %q: %s lacks %s", tt.prefix, tt.domain, page, has)
			}
		}
		for _, lacks := range tt.lacks {
			if strings.Contains(body, lacks) {
				t.Errorf("prefix %q domain %q: %s has %s", tt.prefix, tt.domain, page, lacks)
			}
		}
	}
}

func TestBadDomain(t *testing.T) {
	routesOnce.Do(ui.Routes)
	for _, d := range []string{"example.org/path", "http://example.org", "a b", `x"y`} {
		if _, err := New(Config{Wasm: "unused", Domain: d}); err == nil || !strings.Contains(err.Error(), "domain") {
			t.Errorf("domain %q: error %v, want one about the domain", d, err)
		}
	}
}

func TestWorkerPrecachesTheWholeApp(t *testing.T) {
	for _, prefix := range []string{"", "/some/prefix"} {
		s, _ := newSite(t, prefix+"/", fakeWasm)
		worker := get(s, prefix+"/app-worker.js").Body.String()
		if !strings.Contains(worker, `const cacheName = "app-" + "`+s.Version()+`"`) {
			t.Errorf("prefix %q: the worker does not carry the version", prefix)
		}
		want := []string{prefix + "/", prefix + "/app.js", prefix + "/wasm_exec.js", prefix + "/app.css", prefix + "/manifest.webmanifest",
			prefix + "/web/app.wasm", prefix + "/web/app.css", prefix + "/web/icon.svg", prefix + "/web/icon-192.png", prefix + "/web/icon-512.png", prefix + "/web/icon-maskable.png"}
		got := s.precache()
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("prefix %q: precache %q lacks %s", prefix, got, w)
			}
		}
		if !slices.IsSorted(got) {
			t.Errorf("prefix %q: precache %q not sorted", prefix, got)
		}
		if !strings.Contains(worker, `const shell = "`+prefix+`/"`) {
			t.Errorf("prefix %q: the worker's shell is not %s/", prefix, prefix)
		}
		for _, u := range got {
			if rec := get(s, u); rec.Code != http.StatusOK {
				t.Errorf("prefix %q: precached %s: status %d", prefix, u, rec.Code)
			}
		}
	}
}

func TestWriteStaticIsDeterministic(t *testing.T) {
	s, _ := newSite(t, "/some/prefix/", fakeWasm)
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := s.WriteStatic(dir); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	err := filepath.WalkDir(a, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, name)
		x, _ := os.ReadFile(name)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			return err
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", rel)
		}
		if strings.HasSuffix(rel, ".html") && !strings.Contains(string(x), `<meta content="`+attrEscaper.Replace(MetaCSP)+`" http-equiv="Content-Security-Policy">`) {
			t.Errorf("%s lacks the policy", rel)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Errorf("%d files written", n)
	}
}
