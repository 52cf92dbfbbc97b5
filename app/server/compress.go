package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

// Compress writes name+".br" (brotli, best compression) and name+".gz"
// (gzip, best compression) next to name, unless both are already newer
// than it.
func Compress(name string) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	if fresh(name+".br", info.ModTime().UnixNano()) && fresh(name+".gz", info.ModTime().UnixNano()) {
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	if _, err := bw.Write(data); err != nil {
		return fmt.Errorf("brotli %s: %w", name, err)
	}
	if err := bw.Close(); err != nil {
		return fmt.Errorf("brotli %s: %w", name, err)
	}
	var gz bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := gw.Write(data); err != nil {
		return fmt.Errorf("gzip %s: %w", name, err)
	}
	if err := gw.Close(); err != nil {
		return fmt.Errorf("gzip %s: %w", name, err)
	}
	if err := os.WriteFile(name+".br", br.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(name+".gz", gz.Bytes(), 0o644)
}

func fresh(name string, than int64) bool {
	info, err := os.Stat(name)
	return err == nil && info.ModTime().UnixNano() > than
}
