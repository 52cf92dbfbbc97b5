// Package embedded holds the processed corpus compiled into the program.
//
// The build writes data/corpus.bin with "corpus encode" before compiling
// (make does this); the file is a build product and is not committed.
package embedded

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"parallax/corpus"
)

//go:embed data
var data embed.FS

// ErrNotBuilt is returned when the program was compiled without a corpus.
var ErrNotBuilt = errors.New("no corpus was embedded at build time (run make, which writes app/embedded/data/corpus.bin)")

// Corpus returns the embedded corpus, decoded on first use.
var Corpus = sync.OnceValues(func() (*corpus.Corpus, error) {
	b, err := data.ReadFile("data/corpus.bin")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotBuilt
	}
	if err != nil {
		return nil, fmt.Errorf("read embedded corpus: %w", err)
	}
	c, err := corpus.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("embedded corpus: %w (rebuild it with make)", err)
	}
	return c, nil
})
