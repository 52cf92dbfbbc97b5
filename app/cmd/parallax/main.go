// Command parallax serves the Parallax explorer and writes it out as a
// static site.
//
// Usage:
//
//	parallax serve  [-addr :8000] [-base /] [-domain example.org] [-wasm build/web/app.wasm]
//	parallax static [-out dist] [-base /] [-domain example.org] [-wasm build/web/app.wasm]
//	parallax compress FILE
//
// serve and static pre-render pages from the corpus compiled into this
// program; app.wasm must have been built from the same corpus. -domain is
// the host name the site is published under (https), which link previews
// need for their absolute URLs; without it pages carry no og:url.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"parallax/app/server"
	"parallax/app/ui"
)

const usage = `usage:
  parallax serve  [-addr :8000] [-base /] [-domain example.org] [-wasm build/web/app.wasm]
  parallax static [-out dist] [-base /] [-domain example.org] [-wasm build/web/app.wasm]
  parallax compress FILE
`

var errUsage = errors.New("bad usage")

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "parallax:", err)
		if errors.Is(err, errUsage) {
			fmt.Fprint(os.Stderr, usage)
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return errUsage
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	addr := fs.String("addr", ":8000", "address to listen on (serve)")
	out := fs.String("out", "dist", "output folder (static)")
	base := fs.String("base", "/", "path the site is served under")
	wasm := fs.String("wasm", "build/web/app.wasm", "compiled app")
	domain := fs.String("domain", "", "host name the site is published under, for link previews (serve, static)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	switch cmd {
	case "compress":
		if fs.NArg() != 1 {
			return fmt.Errorf("%w: compress takes one file", errUsage)
		}
		return server.Compress(fs.Arg(0))
	case "serve", "static":
		if fs.NArg() != 0 {
			return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
		}
	default:
		return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
	}

	ui.Routes()
	site, err := server.New(server.Config{Wasm: *wasm, Prefix: *base, Domain: *domain})
	if err != nil {
		return err
	}
	if cmd == "static" {
		if err := os.RemoveAll(*out); err != nil {
			return err
		}
		n, err := site.WriteStatic(*out)
		if err != nil {
			return err
		}
		fmt.Printf("wrote %d files to %s (base %s, version %s)\n", n, *out, *base, site.Version())
		return nil
	}
	srv := &http.Server{Addr: *addr, Handler: site, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("serving Parallax (version %s) on http://localhost%s%s", site.Version(), portOf(*addr), *base)
	return srv.ListenAndServe()
}

func portOf(addr string) string {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == ':' {
			return addr[i:]
		}
	}
	return ""
}
