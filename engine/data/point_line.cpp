#include "data/point_line.h"

#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace ebm::pointfile {
namespace {

bool isPadding(char c, Delimiter delimiter) {
  return c == ' ' || (c == '\t' && delimiter != Delimiter::Tab);
}

char delimiterChar(Delimiter delimiter) {
  switch (delimiter) {
    case Delimiter::Comma:
      return ',';
    case Delimiter::Semicolon:
      return ';';
    case Delimiter::Tab:
      return '\t';
    case Delimiter::Whitespace:
      break;
  }
  return ' ';
}

bool endsField(char c, Delimiter delimiter) {
  if (c == '#') return true;
  return delimiter == Delimiter::Whitespace ? (c == ' ' || c == '\t') : c == delimiterChar(delimiter);
}

std::string hexByte(unsigned char c) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", unsigned(c));
  return text;
}

// Length of the valid UTF-8 sequence at bytes[i], or 0 if it is not one (overlong forms, surrogates and code
// points beyond U+10FFFF are invalid too).
int utf8Length(const unsigned char* bytes, std::size_t i, std::size_t size) {
  const unsigned char lead = bytes[i];
  int length;
  unsigned smallest;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, smallest = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, smallest = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, smallest = 0x10000;
  } else {
    return 0;
  }
  if (i + length > size) return 0;
  unsigned code = lead & (0x7Fu >> length);
  for (int j = 1; j < length; ++j) {
    if ((bytes[i + j] & 0xC0) != 0x80) return 0;
    code = (code << 6) | (bytes[i + j] & 0x3Fu);
  }
  if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

}  // namespace

const char* delimiterName(Delimiter delimiter) {
  switch (delimiter) {
    case Delimiter::Comma:
      return "commas";
    case Delimiter::Semicolon:
      return "semicolons";
    case Delimiter::Tab:
      return "tabs";
    case Delimiter::Whitespace:
      break;
  }
  return "spaces";
}

std::optional<std::pair<std::size_t, std::string>> findBadByte(std::string_view line) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t size = line.size();
  // Fast path: almost every line of a point file is plain ASCII.
  bool suspicious = false;
  for (std::size_t i = 0; i < size; ++i)
    suspicious |= (bytes[i] >= 0x80) | (bytes[i] == 0) | (bytes[i] == '\r');
  if (!suspicious) return std::nullopt;
  for (std::size_t i = 0; i < size;) {
    const unsigned char c = bytes[i];
    if (c == 0) return std::pair{i, std::string("a zero byte: this is a binary file, not a text point file")};
    if (c == '\r') {
      return std::pair{i,
                       std::string("a carriage return inside the line: the file uses old Mac line endings; "
                                   "save it with Windows (CRLF) or Unix (LF) line endings")};
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    const int length = utf8Length(bytes, i, size);
    if (length == 0) {
      std::string reason = "byte " + hexByte(c) + " is not UTF-8 text; save the file as UTF-8";
      if (i == 0 && size >= 2 && ((c == 0xFF && bytes[1] == 0xFE) || (c == 0xFE && bytes[1] == 0xFF))) {
        reason = "the file is saved as UTF-16; save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")";
      }
      return std::pair{i, reason};
    }
    i += std::size_t(length);
  }
  return std::nullopt;
}

Delimiter detectDelimiter(std::string_view line) {
  std::size_t tabs = 0, commas = 0, semicolons = 0, separators = 0;
  bool inQuotes = false;
  for (const char c : line) {
    if (c == '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (c == '#') break;
    if (c == '\t') ++tabs;
    if ((c == ',' && semicolons > 0 && commas == 0) || (c == ';' && commas > 0 && semicolons == 0)) {
      throw LineFailure{
          int(separators) + 1,
          "the line separates columns with both commas and semicolons; use one delimiter (if the "
          "commas are decimal commas, save the file with decimal points)"};
    }
    if (c == ',') ++commas, ++separators;
    if (c == ';') ++semicolons, ++separators;
  }
  if (tabs > 0) return Delimiter::Tab;
  if (commas > 0) return Delimiter::Comma;
  if (semicolons > 0) return Delimiter::Semicolon;
  return Delimiter::Whitespace;
}

void splitLine(std::string_view line, Delimiter delimiter, SplitLine& out) {
  out.count = 0;
  const auto record = [&out](const Field& field) {
    if (std::size_t(out.count) < out.fields.size()) {
      out.fields[std::size_t(out.count)] = field;
    } else {
      out.fields.push_back(field);
    }
    ++out.count;
  };
  const std::size_t size = line.size();
  const bool whitespace = delimiter == Delimiter::Whitespace;
  std::size_t pos = 0;
  bool afterDelimiter = false;
  for (;;) {
    while (pos < size && isPadding(line[pos], delimiter))
      ++pos;
    if (pos == size || line[pos] == '#') {
      if (afterDelimiter) record(Field{line.substr(pos, 0), pos, false});  // "1,2," ends with an empty field
      return;
    }
    if (!whitespace && line[pos] == delimiterChar(delimiter)) {
      record(Field{line.substr(pos, 0), pos, false});
      ++pos;
      afterDelimiter = true;
      continue;
    }

    Field field;
    field.offset = pos;
    if (line[pos] == '"') {
      std::size_t close = pos + 1;
      for (;; close += 2) {
        close = line.find('"', close);
        if (close == std::string_view::npos) throw LineFailure{out.count + 1, "a quote (\") is never closed"};
        if (close + 1 >= size || line[close + 1] != '"') break;
      }
      field.text = line.substr(pos + 1, close - pos - 1);
      field.quoted = true;
      pos = close + 1;
      const std::size_t afterQuote = pos;
      while (pos < size && isPadding(line[pos], delimiter))
        ++pos;
      const bool separated = pos == size || line[pos] == '#' ||
                             (whitespace ? pos > afterQuote : line[pos] == delimiterChar(delimiter));
      if (!separated) throw LineFailure{out.count + 1, "text after the closing quote"};
    } else {
      std::size_t stop = pos;
      while (stop < size && !endsField(line[stop], delimiter))
        ++stop;
      std::size_t last = stop;
      while (last > pos && isPadding(line[last - 1], delimiter))
        --last;
      field.text = line.substr(pos, last - pos);
      pos = stop;
    }
    record(field);
    afterDelimiter = false;
    if (!whitespace && pos < size && line[pos] == delimiterChar(delimiter)) {
      ++pos;
      afterDelimiter = true;
    }
  }
}

int columnAt(const SplitLine& split, std::size_t offset) {
  int column = 1;
  for (int i = 0; i < split.count; ++i) {
    if (split.fields[std::size_t(i)].offset <= offset) column = i + 1;
  }
  return column;
}

std::optional<char> foreignDelimiterIn(const Field& field, Delimiter delimiter) {
  if (field.quoted) return std::nullopt;
  for (const char c : field.text) {
    const bool foreign = (c == ',' && delimiter != Delimiter::Comma) ||
                         (c == ';' && delimiter != Delimiter::Semicolon) ||
                         (c == '\t' && delimiter != Delimiter::Tab && delimiter != Delimiter::Whitespace);
    if (foreign) return c;
  }
  return std::nullopt;
}

NumberStatus parseNumber(std::string_view text, float& value) {
  const char* first = text.data();
  const char* const last = first + text.size();
  // from_chars refuses a leading '+', which spreadsheets sometimes write.
  if (first != last && *first == '+') {
    ++first;
    if (first != last && (*first == '+' || *first == '-')) return NumberStatus::NotANumber;
  }
  if (first == last) return NumberStatus::NotANumber;
  double number = 0;
  const auto [end, error] = std::from_chars(first, last, number);
  if (end != last || error == std::errc::invalid_argument) return NumberStatus::NotANumber;
  if (error == std::errc::result_out_of_range) {
    // Beyond double's range: huge (refused) or tiny (a float 0). long double's wider exponent tells which.
    long double wide = 0;
    const auto [wideEnd, wideError] = std::from_chars(first, last, wide);
    if (wideError == std::errc{} && wideEnd == last) {
      if (std::abs(wide) > 1) return NumberStatus::TooLarge;
    } else if (text.find("e-") == std::string_view::npos && text.find("E-") == std::string_view::npos) {
      return NumberStatus::TooLarge;
    }
    value = 0;
    return NumberStatus::Ok;
  }
  if (!std::isfinite(number)) return NumberStatus::NotFinite;
  if (std::abs(number) > double(FLT_MAX)) return NumberStatus::TooLarge;
  value = float(number);
  return NumberStatus::Ok;
}

bool isHeaderLine(const SplitLine& split) {
  for (int k = 0; k < split.count; ++k) {
    float ignored;
    if (parseNumber(split[k].text, ignored) != NumberStatus::NotANumber) return false;
  }
  return true;
}

bool isMissingValue(std::string_view text) {
  // Numbers start with a digit, a sign or a point: the common case leaves after one comparison.
  if (text.empty()) return true;
  if (text.size() > 4 || (text[0] >= '0' && text[0] <= '9')) return false;
  char lower[4];
  for (std::size_t i = 0; i < text.size(); ++i)
    lower[i] = char(text[i] >= 'A' && text[i] <= 'Z' ? text[i] - 'A' + 'a' : text[i]);
  const std::string_view word(lower, text.size());
  return word == "na" || word == "n/a" || word == "nan" || word == "?" || word == "null";
}

bool isWholeNumberText(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  if (text.empty() || text.size() > 7) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string fieldText(const Field& field) {
  std::string text(field.text);
  if (!field.quoted) return text;
  std::string unescaped;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unescaped += text[i];
    if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') ++i;
  }
  return unescaped;
}

std::string quoteForMessage(std::string_view text) {
  constexpr std::size_t kLongest = 40;
  bool shortened = false;
  if (text.size() > kLongest) {
    std::size_t cut = kLongest - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
      --cut;  // do not split a UTF-8 character
    text = text.substr(0, cut);
    shortened = true;
  }
  std::string quoted = "\"";
  for (const char c : text)
    quoted += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
  return quoted + (shortened ? "...\"" : "\"");
}

}  // namespace ebm::pointfile
