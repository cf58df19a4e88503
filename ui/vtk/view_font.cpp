#include "vtk/view_font.h"

#include <fontconfig/fontconfig.h>
#include <vtkTextProperty.h>

namespace ebmui {

namespace {

// A font whose coverage fontconfig rates best for Simplified Chinese. FcFontMatch always returns some font:
// it is taken only if it covers Chinese (a Latin-only fallback would draw nothing either).
std::string findCjkFontFile() {
  if (!FcInit()) return {};
  std::string path;
  FcPattern* pattern = FcPatternCreate();
  const auto* zh = reinterpret_cast<const FcChar8*>("zh-cn");
  FcPatternAddString(pattern, FC_LANG, zh);
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  if (FcPattern* match = FcFontMatch(nullptr, pattern, &result)) {
    FcChar8* file = nullptr;
    FcLangSet* languages = nullptr;
    if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetLangSet(match, FC_LANG, 0, &languages) == FcResultMatch &&
        FcLangSetHasLang(languages, zh) != FcLangDifferentLang) {
      path = reinterpret_cast<const char*>(file);
    }
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pattern);
  return path;
}

}  // namespace

const std::string& cjkFontFile() {
  static const std::string path = findCjkFontFile();
  return path;
}

// VTK's FreeType opens a file font with face index 0, which for a collection (.ttc) is its first face: in
// WenQuanYi Micro Hei's collection, the proportional one.
void applyViewFont(vtkTextProperty* text) {
  const std::string& file = cjkFontFile();
  if (file.empty()) {
    text->SetFontFamilyToArial();
  } else {
    text->SetFontFamily(VTK_FONT_FILE);
    text->SetFontFile(file.c_str());
  }
}

}  // namespace ebmui
