package server

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// workerJS is the service worker template; see the comment at its top.
//
//go:embed worker.js
var workerJS string

// generated are the files go-app writes itself, all needed by the app.
var generated = []string{"/app.css", "/app.js", "/manifest.webmanifest", "/wasm_exec.js"}

// precache returns the site URLs the service worker stores on install:
// the app shell page, go-app's scripts, style sheet and manifest, and every
// file under /web/, app.wasm included. It is sorted.
func (s *Site) precache() []string {
	urls := []string{s.shell()}
	for _, p := range generated {
		urls = append(urls, s.prefix+p)
	}
	for p := range s.files {
		urls = append(urls, s.prefix+p)
	}
	sort.Strings(urls)
	return urls
}

// shell is the URL of the app shell page: the home page, which every
// navigation the worker cannot answer from its cache is given.
func (s *Site) shell() string { return s.prefix + "/" }

// workerTemplate fills in the parts of the worker template the site knows;
// go-app fills in the version.
func (s *Site) workerTemplate() (string, error) {
	precache, err := json.Marshal(s.precache())
	if err != nil {
		return "", fmt.Errorf("service worker: %w", err)
	}
	shell, err := json.Marshal(s.shell())
	if err != nil {
		return "", fmt.Errorf("service worker: %w", err)
	}
	return strings.NewReplacer("{{.Precache}}", string(precache), "{{.Shell}}", string(shell)).Replace(workerJS), nil
}
