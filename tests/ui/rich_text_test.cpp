// The markup of lesson texts and tooltips becomes rich text: real superscripts and subscripts, code, and
// nothing else touched (issue 20: "e^{−E(x)}/Z", "E_θ(x)" shown raw).
#include "panels/rich_text.h"

#include <gtest/gtest.h>

namespace ebmui {
namespace {

std::string html(const char* plain) {
  return richText(QString::fromUtf8(plain)).toStdString();
}

TEST(RichTextTest, SuperscriptsAndSubscriptsBecomeReal) {
  EXPECT_EQ(html("p(x) = e^{−E(x)}/Z"), "p(x) = e<sup>−E(x)</sup>/Z");
  EXPECT_EQ(html("log Z_T and x_{12}"), "log Z<sub>T</sub> and x<sub>12</sub>");
  EXPECT_EQ(html("A network E_θ(x)"), "A network E<sub>θ</sub>(x)");
}

TEST(RichTextTest, NamesWithUnderscoresCodeAndHtmlStayReadable) {
  EXPECT_EQ(html("— gaussian_mixture"), "— gaussian_mixture");
  EXPECT_EQ(html("set `sampler.step_size`"), "set <code>sampler.step_size</code>");
  EXPECT_EQ(html("a < b\nnext"), "a &lt; b<br>next");
}

}  // namespace
}  // namespace ebmui
