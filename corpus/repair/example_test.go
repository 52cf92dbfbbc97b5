package repair_test

import (
	"fmt"

	"parallax/corpus/repair"
)

func ExampleText() {
	fixed, edits := repair.Text("Mayor Leeâs plan&nbsp;â cafÃ© owners say itâs \u201cfine\u201d.", repair.Options{})
	fmt.Println(fixed)
	for _, e := range edits {
		fmt.Printf("[%d,%d) %q -> %q (%s)\n", e.Start, e.End, e.Old, e.New, e.Reason)
	}
	// Output:
	// Mayor Lee’s plan – café owners say it’s “fine”.
	// [9,11) "â" -> "’" (mojibake)
	// [17,23) "&nbsp;" -> " " (entity)
	// [23,25) "â" -> "–" (mojibake)
	// [29,33) "Ã©" -> "é" (mojibake)
	// [47,49) "â" -> "’" (mojibake)
}
