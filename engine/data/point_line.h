// One line of a point file: its bytes checked, its delimiter found, its fields split and its numbers parsed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ebm::pointfile {

/// How the columns of a point file are separated.
enum class Delimiter { Comma, Semicolon, Tab, Whitespace };

/// "commas", "semicolons", "tabs", "spaces": for messages.
[[nodiscard]] const char* delimiterName(Delimiter delimiter);

/// A problem in one line: the 1-based column it is in (0: the line as a whole) and why. Thrown by the
/// functions below; the reader adds the file name and line number.
struct LineFailure {
  int column = 0;
  std::string reason;
};

/// One field of a line: its text without surrounding spaces or quotes (a quoted field's "" stays doubled).
struct Field {
  std::string_view text;
  std::size_t offset = 0;  ///< where the field starts in the line
  bool quoted = false;
};

/// The fields of one line: fields[0 … count) (the vector keeps its room between lines, so splitting a file
/// allocates only for its widest line).
struct SplitLine {
  std::vector<Field> fields;
  int count = 0;
  [[nodiscard]] const Field& operator[](int column) const { return fields[std::size_t(column)]; }
};

/// The first byte that makes a line unreadable as text — invalid UTF-8, a zero byte, or a carriage return in
/// the middle of the line (old Mac line endings) — as (offset, reason); nothing if the line is clean.
[[nodiscard]] std::optional<std::pair<std::size_t, std::string>> findBadByte(std::string_view line);

/// The delimiter of a file, from its first non-blank, non-comment line: tabs if it has any, else commas or
/// semicolons (both at once is an error: the commas may be decimal commas), else spaces. Only characters
/// outside quotes and before a '#' count. Throws LineFailure for a line that mixes commas and semicolons.
[[nodiscard]] Delimiter detectDelimiter(std::string_view line);

/// Splits `line` into fields. '#' outside quotes starts a comment; a line with nothing but a comment or
/// spaces has 0 fields. Spaces around fields are dropped; with Delimiter::Whitespace, runs of spaces and tabs
/// separate fields. A field may be quoted ("a, b" or "say ""hi"""). Two delimiters in a row, or one at the
/// end of the line, enclose an empty field (a missing value). Throws LineFailure for an unclosed quote or
/// text after a closing quote.
void splitLine(std::string_view line, Delimiter delimiter, SplitLine& out);

/// The 1-based column of the field that holds byte `offset` of the line.
[[nodiscard]] int columnAt(const SplitLine& split, std::size_t offset);

/// The first delimiter character of another kind than `delimiter` in an unquoted field: evidence of mixed
/// delimiters when a line does not split or parse as expected.
[[nodiscard]] std::optional<char> foreignDelimiterIn(const Field& field, Delimiter delimiter);

/// The outcome of reading a field as a number.
enum class NumberStatus { Ok, NotANumber, NotFinite, TooLarge };

/// Parses a decimal number (optional sign, digits, point, exponent; as written by any spreadsheet or numpy)
/// into a float. NaN and infinities are NotFinite, magnitudes beyond float's range TooLarge; values too small
/// for a float become 0.
[[nodiscard]] NumberStatus parseNumber(std::string_view text, float& value);

/// True when no field of the line is a number: how the first line of a table shows that it is a header.
[[nodiscard]] bool isHeaderLine(const SplitLine& split);

/// True for the ways files write a missing value: an empty field, NA, N/A, NaN, ? or null (any case).
[[nodiscard]] bool isMissingValue(std::string_view text);

/// True for a whole number written without point or exponent ("7", "-2", "+3"), with at most 7 digits (exact
/// in a float): how a label column's numbers look.
[[nodiscard]] bool isWholeNumberText(std::string_view text);

/// The field's text with a quoted field's "" turned back into ".
[[nodiscard]] std::string fieldText(const Field& field);

/// The field quoted for a message, shortened to about 40 characters.
[[nodiscard]] std::string quoteForMessage(std::string_view text);

}  // namespace ebm::pointfile
