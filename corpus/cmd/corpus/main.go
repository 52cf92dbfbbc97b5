// Command corpus runs the build-time pipeline over a folder of articles.
//
// Usage:
//
//	corpus export DIR          print the processed corpus as JSON
//	corpus report DIR          print a readable summary of each article
//	corpus encode -o FILE DIR  write the binary corpus embedded in the app
//	corpus synth -n N -o DIR SEEDS  write N synthetic articles for benchmarks
//
// Problems with single files are printed to standard error as
// "file:line: message" and do not stop the run; the command fails only
// when no article could be read.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"parallax/corpus"
	"parallax/corpus/pipeline"
	"parallax/corpus/synth"
)

const usage = `usage:
  corpus export DIR          print the processed corpus as JSON
  corpus report DIR          print a readable summary of each article
  corpus encode -o FILE DIR  write the binary corpus embedded in the app
  corpus synth -n N -o DIR SEEDS  write N synthetic articles made from the sentences in SEEDS
`

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		if errors.Is(err, errUsage) {
			fmt.Fprint(os.Stderr, usage)
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("bad usage")

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errUsage
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output `file` (encode) or folder (synth)")
	n := fs.Int("n", 2000, "number of articles (synth)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: %s takes one folder", errUsage, cmd)
	}
	dir := fs.Arg(0)
	switch cmd {
	case "export", "report", "encode", "synth":
	default:
		return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
	}
	if (cmd == "encode" || cmd == "synth") && *out == "" {
		return fmt.Errorf("%w: %s needs -o", errUsage, cmd)
	}
	if cmd == "synth" {
		return writeSynth(dir, *out, *n)
	}

	c, err := pipeline.Dir(dir, pipeline.Options{})
	if c != nil && cmd != "report" {
		for _, w := range c.Warnings {
			fmt.Fprintln(stderr, filepath.Join(dir, w.String()))
		}
	}
	if err != nil {
		return err
	}
	switch cmd {
	case "export":
		return export(stdout, c)
	case "report":
		return report(stdout, c)
	default:
		return writeIfChanged(*out, corpus.Encode(c))
	}
}

// export writes c as indented JSON, the public export format.
func export(w io.Writer, c *corpus.Corpus) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(c)
}

// writeIfChanged writes data to name unless the file already holds it, so
// that build tools keyed to modification times see no change.
func writeIfChanged(name string, data []byte) error {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// writeSynth writes n synthetic articles made from the sentences of the
// articles in seeds into the folder out, replacing what it held.
func writeSynth(seeds, out string, n int) error {
	files, err := synth.Dir(seeds, n, synth.Options{Seed: 1})
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	for _, f := range files {
		name := filepath.Join(out, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}
