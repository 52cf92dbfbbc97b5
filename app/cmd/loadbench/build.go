package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// buildCost is the cost of building a processed corpus.
type buildCost struct {
	seconds float64 // wall-clock time
	peakMB  float64 // the process's peak resident set size, 0 if unknown
}

// timeBuild runs the compiled corpus command's encode over the articles in
// dir, writing to a temporary file, and measures it.
func timeBuild(bin, dir string) (buildCost, error) {
	tmp, err := os.MkdirTemp("", "parallax-loadbench-")
	if err != nil {
		return buildCost{}, fmt.Errorf("time the build: %w", err)
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command(bin, "encode", "-o", filepath.Join(tmp, "corpus.bin"), dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return buildCost{}, fmt.Errorf("%s encode %s: %w\n%s", bin, dir, err, lastLines(stderr.Bytes(), 10))
	}
	return buildCost{
		seconds: time.Since(start).Seconds(),
		peakMB:  float64(maxRSS(cmd.ProcessState)) / (1 << 20),
	}, nil
}

// doc is what the app's quote search looks in for one quote: its text and
// its speaker's name.
type doc struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
}

// exportDocs reads the quotes of the articles in dir from the corpus
// command's JSON export (the public format; the app searches the same
// strings, decoded from the binary corpus).
func exportDocs(bin, dir string) ([]doc, error) {
	cmd := exec.Command(bin, "export", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s export %s: %w\n%s", bin, dir, err, lastLines(stderr.Bytes(), 10))
	}
	var export struct {
		Quotes []struct {
			Text    string  `json:"text"`
			Speaker *string `json:"speaker"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &export); err != nil {
		return nil, fmt.Errorf("read the export of %s: %w", dir, err)
	}
	docs := make([]doc, len(export.Quotes))
	for i, q := range export.Quotes {
		docs[i].Text = q.Text
		if q.Speaker != nil {
			docs[i].Speaker = *q.Speaker
		}
	}
	return docs, nil
}

// lastLines returns at most the last n lines of b, for error messages.
func lastLines(b []byte, n int) []byte {
	b = bytes.TrimRight(b, "\n")
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == '\n' {
			if n--; n == 0 {
				return b[i+1:]
			}
		}
	}
	return b
}
