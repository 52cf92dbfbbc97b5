// Package ingest reads a folder of article files into text.
//
// It never fails on bad content: each problem becomes a warning naming the
// file (and line where one applies), and the file is either decoded as well
// as it can be or skipped. Only a folder that cannot be read is an error.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"parallax/corpus"
)

// DefaultMaxSize is the size above which a file is skipped when
// Options.MaxSize is zero. News articles are a few tens of kilobytes.
const DefaultMaxSize = 4 << 20

// Options configures Dir. The zero value is ready to use.
type Options struct {
	// MaxSize is the largest file read, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
}

// Source is the text of one article file.
type Source struct {
	// File is the path relative to the folder, with "/" separators.
	File string
	// Text is the file's content decoded to valid UTF-8, without a
	// byte-order mark, with line ends normalised to "\n".
	Text string
}

// Dir reads every .txt file below dir, in lexical order of path, and
// returns their text and the problems found. It returns an error only when
// dir itself cannot be walked.
func Dir(dir string, opts Options) ([]Source, []corpus.Warning, error) {
	fsys := os.DirFS(dir)
	if _, err := fs.Stat(fsys, "."); err != nil {
		return nil, nil, fmt.Errorf("read corpus folder: %w", err)
	}
	return FS(fsys, opts)
}

// FS is Dir for any file system; paths are relative to its root.
func FS(fsys fs.FS, opts Options) ([]Source, []corpus.Warning, error) {
	max := opts.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == "." {
				return err
			}
			// An unreadable sub-folder is reported, not fatal.
			names = append(names, name)
			return fs.SkipDir
		}
		if d.IsDir() {
			if name != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.EqualFold(path.Ext(name), ".txt") && !strings.HasPrefix(d.Name(), ".") {
			names = append(names, name)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus folder: %w", err)
	}
	sort.Strings(names)

	var (
		sources  []Source
		warnings []corpus.Warning
		byHash   = make(map[[sha256.Size]byte]string)
	)
	warn := func(file string, line int, format string, args ...any) {
		warnings = append(warnings, corpus.Warning{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	for _, name := range names {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			warn(name, 0, "skipped: %v", err)
			continue
		}
		if info.IsDir() {
			warn(name, 0, "skipped: folder could not be read")
			continue
		}
		if info.Size() > max {
			warn(name, 0, "skipped: %d bytes is over the %d-byte limit", info.Size(), max)
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			warn(name, 0, "skipped: %v", err)
			continue
		}
		sum := sha256.Sum256(data)
		if first, ok := byHash[sum]; ok {
			warn(name, 0, "skipped: same bytes as %s", first)
			continue
		}
		byHash[sum] = name
		text, problems := Decode(data)
		for _, p := range problems {
			warn(name, p.Line, "%s", p.Message)
		}
		if text == "" {
			continue
		}
		sources = append(sources, Source{File: name, Text: text})
	}
	return sources, warnings, nil
}

// Problem is something Decode noticed about a file's bytes.
type Problem struct {
	Line    int // 1-based, 0 for the whole file
	Message string
}

// Decode turns a file's bytes into text: it removes a UTF-8 byte-order mark,
// decodes UTF-16 (marked by its byte-order mark), decodes invalid UTF-8 as
// Windows-1252, and normalises line ends to "\n". Binary data (NUL bytes)
// and files with no visible text decode to "" with a problem saying why.
func Decode(data []byte) (string, []Problem) {
	var problems []Problem
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", []Problem{{Message: fmt.Sprintf("skipped: bad UTF-16: %v", err)}}
		}
		data = out
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", []Problem{{Line: lineOf(data, i), Message: "skipped: binary file (NUL byte)"}}
	}
	var text string
	if utf8.Valid(data) {
		text = string(data)
	} else {
		i := firstInvalid(data)
		problems = append(problems, Problem{Line: lineOf(data, i), Message: "invalid UTF-8; decoded the file as Windows-1252"})
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", append(problems, Problem{Message: fmt.Sprintf("skipped: %v", err)})
		}
		text = string(out)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return "", append(problems, Problem{Message: "skipped: empty or only white space"})
	}
	return text, problems
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

func lineOf(data []byte, off int) int {
	return 1 + bytes.Count(data[:off], []byte{'\n'})
}
