package quote

import (
	"fmt"
	"strings"
	"testing"
)

// clusterTests give quotations as "kind|speaker|text" and want the
// cluster of each.
var clusterTests = []struct {
	name   string
	quotes []string
	want   []int
}{
	{"identical", []string{
		"s|Ana Ruiz|We will never accept troops on our soil.",
		"s||We will never accept troops on our soil.",
	}, []int{0, 0}},
	{"identical long by different speakers", []string{
		"s|Ana Ruiz|We will never accept troops on our soil.",
		"s|Luis Ruiz|We will never accept troops on our soil.",
	}, []int{0, 0}},
	{"punctuation and ellipsis", []string{
		"s|Tom Hale|We tried everything, and nothing worked. Nothing at all.",
		"s|Tom Hale|We tried everything … nothing worked — nothing at all",
	}, []int{0, 0}},
	{"small edit", []string{
		"s|Tom Hale|The council has failed the people of this city for ten long years.",
		"s||The council has failed the people of this city for ten years.",
	}, []int{0, 0}},
	{"fragment by the same speaker", []string{
		"s|Tom Hale|She is so afraid of the cartels that she cannot think.",
		"s|Tom Hale|afraid",
		"s|Tom Hale|afraid,",
	}, []int{0, 0, 0}},
	{"fragment by another speaker", []string{
		"s|Tom Hale|She is so afraid of the cartels that she cannot think.",
		"s|Ana Ruiz|afraid",
	}, []int{0, 1}},
	{"short quote without speaker", []string{
		"s|Tom Hale|afraid",
		"s||afraid",
	}, []int{0, 1}},
	{"long fragment of a longer quotation", []string{
		"s|Ana Ruiz|We can collaborate. We can work together, but with you in your territory and us in ours.",
		"s||We can work together, but with you in your territory and us in ours.",
	}, []int{0, 0}},
	{"different statements", []string{
		"s|Ana Ruiz|We will never accept troops on our soil.",
		"s|Ana Ruiz|Our soil is not for sale to anyone.",
	}, []int{0, 1}},
	{"terms only with identical terms", []string{
		"t||foreign terrorist",
		"t||Foreign terrorist",
		"t||foreign terrorist organizations",
		"s|Ana Ruiz|foreign terrorist",
	}, []int{0, 0, 1, 2}},
	{"numbered by first appearance", []string{
		"s||One statement here about the budget.",
		"s||Another statement about the weather today.",
		"s||One statement here about the budget.",
	}, []int{0, 1, 0}},
}

func TestCluster(t *testing.T) {
	kinds := map[string]Kind{"s": Statement, "t": Term, "p": Post}
	for _, tt := range clusterTests {
		t.Run(tt.name, func(t *testing.T) {
			var qs []Quote
			for _, s := range tt.quotes {
				p := strings.SplitN(s, "|", 3)
				qs = append(qs, Quote{Kind: kinds[p[0]], Speaker: p[1], Text: p[2]})
			}
			cluster(qs)
			var got []int
			for _, q := range qs {
				got = append(got, q.Cluster)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got clusters %v, want %v", got, tt.want)
			}
		})
	}
}
