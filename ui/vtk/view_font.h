// The font every text in the VTK views is drawn in: one that has Chinese, Japanese and Korean glyphs when the
// machine has one, since VTK's own fonts (Arial, Courier, Times) have none and draw such titles as nothing.
#pragma once

#include <string>

class vtkTextProperty;

namespace ebmui {

/// The file of a font with Chinese glyphs, as fontconfig matches one for the language zh-cn (Debian's
/// fonts-wqy-microhei: /usr/share/fonts/truetype/wqy/wqy-microhei.ttc, whose first face VTK's FreeType
/// reads), or empty if fontconfig finds none. Looked up once per process.
[[nodiscard]] const std::string& cjkFontFile();

/// Sets `text` to the views' font: the CJK font file if there is one, else VTK's Arial. Every text property
/// of a view goes through here (colour bars, axis titles and labels), in the window and in exported frames.
void applyViewFont(vtkTextProperty* text);

}  // namespace ebmui
