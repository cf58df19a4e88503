#include "panels/message_bar.h"
#include "panels/rich_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace ebmui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("messageBar"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 4, 4, 4);
  label_ = new QLabel(this);
  label_->setWordWrap(true);
  label_->setTextFormat(Qt::RichText);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* close = new QToolButton(this);
  close->setText(QStringLiteral("✕"));
  close->setAutoRaise(true);
  close->setToolTip(tr("Dismiss this message"));
  action_ = new QPushButton(this);
  action_->setObjectName(QStringLiteral("messageAction"));
  action_->hide();
  connect(action_, &QPushButton::clicked, this, [this] {
    const auto action = onAction_;
    hide();
    if (action) action();
  });
  layout->addWidget(label_, 1);
  layout->addWidget(action_);
  layout->addWidget(close);
  hideTimer_ = new QTimer(this);
  hideTimer_->setSingleShot(true);
  connect(hideTimer_, &QTimer::timeout, this, &QWidget::hide);
  connect(close, &QToolButton::clicked, this, &QWidget::hide);
  hide();
}

void MessageBar::showMessage(const QString& text, Level level, const QString& actionLabel,
                             const std::function<void()>& action) {
  showMessage(text, level);
  onAction_ = action;
  action_->setText(actionLabel);
  action_->setVisible(true);
}

void MessageBar::showWarnings(const std::vector<std::string>& warnings) {
  if (warnings.empty()) return;
  QStringList lines;
  for (const auto& w : warnings)
    lines << QString::fromStdString(w);
  showMessage(lines.join(QStringLiteral("\n")), Level::Warning);
}

void MessageBar::showMessage(const QString& text, Level level) {
  onAction_ = nullptr;
  action_->hide();
  level_ = level;
  text_ = text;
  label_->setText(richText(text));
  const char* colours = level == Level::Error ? "background:#5c1f24; color:#ffe3e3; border:1px solid #a33;"
                        : level == Level::Warning
                            ? "background:#574313; color:#fff3cd; border:1px solid #a8862a;"
                            : "background:#173c5a; color:#e0f0ff; border:1px solid #2d6da3;";
  setStyleSheet(QStringLiteral("#messageBar { %1 border-radius:4px; } QLabel { color: inherit; }")
                    .arg(QString::fromLatin1(colours)));
  show();
  if (level == Level::Error) {
    hideTimer_->stop();
  } else {
    hideTimer_->start(level == Level::Warning ? 15000 : 6000);
  }
  emit messageShown(text, level);
}

QString MessageBar::text() const {
  return text_;
}

}  // namespace ebmui
