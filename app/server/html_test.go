package server

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

func TestTidyPage(t *testing.T) {
	tests := []struct {
		name, in string
		o        tidyOptions
		want     string
	}{
		{
			name: "values are HTML-escaped",
			in:   `<meta name="description" content="He said \"no\" \u00a0& <left>">`,
			want: `<meta content="He said &quot;no&quot; ` + "\u00a0" + `&amp; &lt;left&gt;" name="description">`,
		},
		{
			name: "attributes are sorted",
			in:   `<li id="a" class="card"><a href="/x" class="b">x</a></li>`,
			want: `<li class="card" id="a"><a class="b" href="/x">x</a></li>`,
		},
		{
			name: "bare attributes stay bare",
			in:   `<script src="/app.js" defer></script>`,
			want: `<script defer src="/app.js"></script>`,
		},
		{
			name: "text, comments, doctype and end tags are copied",
			in:   "<!doctype html>\n<p>a &lt; b <!-- c --></p>\n",
			want: "<!doctype html>\n<p>a &lt; b <!-- c --></p>\n",
		},
		{
			name: "a tag that does not parse is copied",
			in:   `<p a='b'>x</p><p a="unterminated>`,
			want: `<p a='b'>x</p><p a="unterminated>`,
		},
		{
			name: "without a domain og:url goes and og:image is relative",
			in:   "<head>\n  <meta property=\"og:url\" content=\"https:///quotes/x\">\n  <meta property=\"og:image\" content=\"https:///web/icon-512.png\">\n  <meta name=\"twitter:image\" content=\"https:///web/i.png\">\n</head>",
			want: "<head>\n  <meta content=\"/web/icon-512.png\" property=\"og:image\">\n  <meta content=\"/web/i.png\" name=\"twitter:image\">\n</head>",
		},
		{
			name: "without a domain an empty og:image goes",
			in:   "<head>\n  <meta property=\"og:image\" content=\"https://\">\n</head>",
			want: "<head>\n</head>",
		},
		{
			name: "with a domain the URLs stay",
			in:   `<meta property="og:url" content="https://example.org/quotes/x"><meta property="og:image" content="https://example.org/web/i.png">`,
			o:    tidyOptions{domain: "example.org"},
			want: `<meta content="https://example.org/quotes/x" property="og:url"><meta content="https://example.org/web/i.png" property="og:image">`,
		},
		{
			name: "the home page's og:url under a prefix ends with a slash",
			in:   `<meta property="og:url" content="https://example.org/x"><meta property="og:url" content="https://example.org/x/quotes">`,
			o:    tidyOptions{domain: "example.org", prefix: "/x"},
			want: `<meta content="https://example.org/x/" property="og:url"><meta content="https://example.org/x/quotes" property="og:url">`,
		},
		{
			name: "a canonical link becomes relative without a domain",
			in:   `<link rel="canonical" href="https:///quotes/x">`,
			want: `<link href="/quotes/x" rel="canonical">`,
		},
		{
			name: "a meta without content goes",
			in:   "<head>\n    <meta name=\"author\">\n    <title>x</title>\n</head>",
			want: "<head>\n    <title>x</title>\n</head>",
		},
		{
			name: "the policy follows the charset",
			in:   "<head>\n    <meta charset=\"UTF-8\">\n    <title>x</title>",
			o:    tidyOptions{csp: "default-src 'self'"},
			want: "<head>\n    <meta charset=\"UTF-8\">\n    <meta content=\"default-src 'self'\" http-equiv=\"Content-Security-Policy\">\n    <title>x</title>",
		},
	}
	for _, tt := range tests {
		if got := string(tidyPage([]byte(tt.in), tt.o)); got != tt.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestRelativeOG(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://", ""},
		{"https:///", "/"},
		{"https:///some/prefix/web/a.png", "/some/prefix/web/a.png"},
		{"https://example.org/a", "https://example.org/a"},
		{"/a", "/a"},
	}
	for _, tt := range tests {
		if got := relativeOG(tt.in); got != tt.want {
			t.Errorf("relativeOG(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTidyPage(f *testing.F) {
	f.Add("<p>x</p>", "title", `a "b" \c`)
	f.Add(`<meta property="og:url" content="https:///x">`, "content", "\u00a0")
	f.Add("<a href=\"\\", "href", "<script>")
	f.Add("<!-- <p a=\"\n\"> -->", "id", "")
	f.Fuzz(func(t *testing.T, page, name, value string) {
		out := tidyPage([]byte(page), tidyOptions{csp: "x"})
		if !strings.Contains(page, "<") && string(out) != page {
			t.Errorf("text without tags changed: %q became %q", page, out)
		}
		// An attribute as go-app writes it comes out HTML-escaped.
		if name == "" || strings.ContainsAny(name, " \t\n\r\f=>/\"'<") || strings.ToLower(name) != name {
			return
		}
		in := `<p ` + name + `=` + strconv.Quote(value) + `>`
		want := `<p ` + name + `="` + attrEscaper.Replace(value) + `">`
		if got := tidyPage([]byte(in), tidyOptions{}); !bytes.Equal(got, []byte(want)) {
			t.Errorf("tidyPage(%q) = %q, want %q", in, got, want)
		}
	})
}
