#include "keyboard/shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "keyboard/shortcut_list.h"

namespace ebmui {

ShortcutsDialog::ShortcutsDialog(const QMainWindow* window, QWidget* parent)
    : QDialog(parent), table_(new QTableWidget(this)) {
  setWindowTitle(tr("Keyboard Shortcuts"));
  std::vector<ShortcutEntry> entries = ShortcutList::ofWindow(window);
  for (ShortcutEntry& fixed : ShortcutList::fixedKeys())
    entries.push_back(std::move(fixed));

  table_->setObjectName(QStringLiteral("shortcutsTable"));
  table_->setColumnCount(3);
  table_->setHorizontalHeaderLabels({tr("Keys"), tr("Command"), tr("Where")});
  // One line a row, with a little air (the style's default row is twice the text's height).
  table_->verticalHeader()->setMinimumSectionSize(1);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().lineSpacing() + 6);
  table_->setRowCount(int(entries.size()));
  for (int row = 0; row < int(entries.size()); ++row) {
    const ShortcutEntry& e = entries[std::size_t(row)];
    int column = 0;
    for (const QString& text : {e.keys, e.name, e.where}) {
      auto* item = new QTableWidgetItem(text);
      item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
      table_->setItem(row, column++, item);
    }
  }
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setTabKeyNavigation(false);
  table_->setWordWrap(false);
  table_->resizeColumnsToContents();
  table_->horizontalHeader()->setStretchLastSection(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_, 1);
  layout->addWidget(buttons);

  // Wide enough for every column whole, as tall as the rows need (up to most of the screen).
  int width = table_->frameWidth() * 2 + table_->verticalScrollBar()->sizeHint().width();
  for (int c = 0; c < table_->columnCount(); ++c)
    width += table_->columnWidth(c);
  int height = table_->horizontalHeader()->sizeHint().height() + table_->frameWidth() * 2;
  for (int r = 0; r < table_->rowCount(); ++r)
    height += table_->rowHeight(r);
  const QMargins m = layout->contentsMargins();
  QSize size(width + m.left() + m.right() + 24,
             height + buttons->sizeHint().height() + layout->spacing() + m.top() + m.bottom());
  if (const QScreen* screen = window ? window->screen() : nullptr)
    size = size.boundedTo(screen->availableSize() * 0.9);
  resize(size);
}

}  // namespace ebmui
