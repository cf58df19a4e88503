// The export's "frame N/M" line: what the export command writes is what the window's export reads back.
#include "export/export_progress_line.h"

#include <gtest/gtest.h>

namespace ebmui {
namespace {

TEST(ExportProgressLine, WhatIsWrittenIsReadBack) {
  EXPECT_EQ(exportProgressLine(3, 10), "frame 3/10");
  const auto count = parseExportProgressLine(QString::fromStdString(exportProgressLine(3, 10)) + "\r\n");
  ASSERT_TRUE(count.has_value());
  EXPECT_EQ(count->done, 3);
  EXPECT_EQ(count->total, 10);
}

TEST(ExportProgressLine, OtherLinesAreNotProgress) {
  EXPECT_FALSE(parseExportProgressLine(QStringLiteral("ebmscape: frame 3/10 failed")).has_value());
  EXPECT_FALSE(parseExportProgressLine(QStringLiteral("frame 3")).has_value());
  EXPECT_FALSE(parseExportProgressLine(QString()).has_value());
}

}  // namespace
}  // namespace ebmui
