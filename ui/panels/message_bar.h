// A strip above the view that tells the teacher what went wrong (or right) without blocking the class.
#pragma once

#include <QFrame>
#include <functional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTimer;

namespace ebmui {

/// A non-modal message bar: shows one message at a time with a colour for its level, a close button, and
/// hides itself after a while (errors stay until closed or replaced).
class MessageBar : public QFrame {
  Q_OBJECT
 public:
  enum class Level { Info, Warning, Error };

  explicit MessageBar(QWidget* parent = nullptr);

  void showMessage(const QString& text, Level level);
  /// The same with a button that does what the message offers ("Show the Data panel"); the button goes away
  /// with the message, and clicking it dismisses the message.
  void showMessage(const QString& text, Level level, const QString& actionLabel,
                   const std::function<void()>& action);
  /// Shows a reader's warnings (one a line) as one warning; nothing when there are none.
  void showWarnings(const std::vector<std::string>& warnings);
  /// The offer's button (hidden when the message has none).
  [[nodiscard]] QPushButton* actionButton() const { return action_; }
  [[nodiscard]] QString text() const;
  [[nodiscard]] Level level() const { return level_; }

 signals:
  /// Every message shown, as it is shown (for logs and tests).
  void messageShown(const QString& text, ebmui::MessageBar::Level level);

 private:
  QLabel* label_ = nullptr;
  QString text_;  ///< as given: the label shows it as rich text
  QPushButton* action_ = nullptr;
  std::function<void()> onAction_;
  QTimer* hideTimer_ = nullptr;
  Level level_ = Level::Info;
};

}  // namespace ebmui
