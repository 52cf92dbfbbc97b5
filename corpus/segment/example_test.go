package segment_test

import (
	"fmt"

	"parallax/corpus/segment"
)

func ExampleSentences() {
	text := "“We rejected it,” Sheinbaum said. She spoke to the U.S. Army’s critics at 10 a.m. Monday. It was over in the U.S. The president left."
	for _, sp := range segment.Sentences(text, segment.Options{}) {
		fmt.Printf("%d-%d %s\n", sp.Start, sp.End, text[sp.Start:sp.End])
	}
	// Output:
	// 0-37 “We rejected it,” Sheinbaum said.
	// 38-95 She spoke to the U.S. Army’s critics at 10 a.m. Monday.
	// 96-119 It was over in the U.S.
	// 120-139 The president left.
}
