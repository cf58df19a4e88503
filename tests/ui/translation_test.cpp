// The interface in Simplified Chinese: with zh_CN installed, every built-in lesson opens with Chinese text
// and no English left in its menus, panels, views' titles or message bar — a test that fails on a string
// whose translation is missing (a new tr() without a .ts entry, or a string that never went through tr()).
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>

#include "i18n/language.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "walkthrough_fixture.h"

namespace {

// Words that stay in Latin letters in a Chinese interface: names, acronyms, formulas' symbols.
const QSet<QString>& latinAllowed() {
  static const QSet<QString> words = [] {
    QSet<QString> set;
    for (
        const char* w :
        {"MALA",       "MCMC",      "InfoNCE",     "softmax", "logits",     "Hebb",         "Glauber",
         "Metropolis", "Potts",     "Adam",        "sklearn", "make_moons", "make_circles", "make_swiss_roll",
         "factor",     "ReLU",      "CIFAR",       "Liu",     "top95",      "ebmscape",     "Ctrl",
         "Shift",      "Space",     "Esc",         "PgUp",    "PgDown",     "Home",         "Page",
         "Down",       "Tab",       "Enter",       "Return",  "Escape",     "Left",         "Right",
         "Backspace",  "Delete",    "AUROC",       "Müller",  "Brown",      "Rosenbrock",   "Himmelblau",
         "Neal",       "nats",      "rule",        "outlier", "Escargot",   "Easter",       "Monster",
         "Inkala",     "login",     "cart",        "view",    "search",     "logout",       "fail",
         "buy",        "admin",     "LANGUAGE",    "silu",    "softplus",   "tanh",         "swish",
         "E_net",      "Gutfreund", "Sompolinsky", "failed",  "password",   "reset",        "session",
         "train",      "token",     "Transformer", "Amit",    "Grathwohl",  "Wang",         "Isola",
         "m_in",       "m_out",     "purchase",    "LANG",    "English",    "mean",         "std",
         "Arrhenius",  "Kramers",   "const",       "max_y"})
      set.insert(QString::fromUtf8(w));
    return set;
  }();
  return words;
}

QString plain(const QString& text) {
  if (!Qt::mightBeRichText(text)) return text;
  QTextDocument document;
  document.setHtml(text);
  return document.toPlainText();
}

// English left: a word of four or more Latin letters that is not allowed.
QString englishIn(const QString& text) {
  static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]{3,}"));
  const QString shown = plain(text);
  for (auto it = word.globalMatch(shown); it.hasNext();) {
    const QString w = it.next().captured(0);
    if (!latinAllowed().contains(w)) return w;
  }
  return {};
}

void collectMenu(const QMenu* menu, QStringList& texts) {
  for (const QAction* action : menu->actions()) {
    if (action->isSeparator() || !action->isVisible()) continue;
    texts << action->text() << action->toolTip();
    if (action->menu()) collectMenu(action->menu(), texts);
  }
}

// Everything a person reads in the window: menus, visible widgets' texts and tooltips, tabs, combo items.
QStringList visibleTexts(const QMainWindow& window) {
  QStringList texts;
  for (const QAction* action : window.menuBar()->actions()) {
    texts << action->text();
    if (action->menu()) collectMenu(action->menu(), texts);
  }
  for (const QWidget* widget : window.findChildren<QWidget*>()) {
    if (!widget->isVisible()) continue;
    if (!qobject_cast<const QAbstractButton*>(widget) || !widget->toolTip().isEmpty())
      texts << widget->toolTip();
    if (const auto* label = qobject_cast<const QLabel*>(widget)) texts << label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) texts << button->text();
    if (const auto* group = qobject_cast<const QGroupBox*>(widget)) texts << group->title();
    if (const auto* dock = qobject_cast<const QDockWidget*>(widget)) texts << dock->windowTitle();
    if (const auto* tabs = qobject_cast<const QTabBar*>(widget))
      for (int i = 0; i < tabs->count(); ++i)
        if (tabs->isTabVisible(i)) texts << tabs->tabText(i) << tabs->tabToolTip(i);
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
      for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    if (const auto* browser = qobject_cast<const QTextBrowser*>(widget)) texts << browser->toPlainText();
  }
  texts << window.statusBar()->currentMessage();
  return texts;
}

class ChineseInterface : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override {
    ASSERT_EQ(ebmui::installLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
  }
  void TearDown() override {
    window_.reset();
    ebmui::installLanguage(QStringLiteral("en"));
  }
};

TEST_F(ChineseInterface, EveryBuiltInLessonOpensInChineseWithNoEnglishLeft) {
  showWindow();
  ASSERT_FALSE(HasFatalFailure());
  QStringList untranslated;
  for (const QString& name : ebmui::builtInLessonNames()) {
    openLesson(name);
    ASSERT_FALSE(HasFatalFailure()) << name.toStdString();
    const QString title = ebmui::shownText(window_->lesson().title);
    EXPECT_TRUE(title.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))))
        << name.toStdString() << " has no Chinese title: " << title.toStdString();
    // Every panel the lesson shows, one tab after the other.
    for (QTabWidget* tabs : window_->findChildren<QTabWidget*>()) {
      if (!tabs->isVisible()) continue;
      for (int tab = 0; tab < tabs->count(); ++tab) {
        if (!tabs->isTabVisible(tab)) continue;
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        for (const QString& text : visibleTexts(*window_)) {
          const QString word = englishIn(text);
          if (!word.isEmpty())
            untranslated << QStringLiteral("%1: “%2” in “%3”").arg(name, word, text.left(120));
        }
      }
    }
  }
  untranslated.removeDuplicates();
  EXPECT_TRUE(untranslated.isEmpty()) << untranslated.size() << " untranslated:\n"
                                      << untranslated.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ChineseInterface, LessonTextFallsBackToEnglishAndTheEngineFollowsTheLanguage) {
  ebm::LocalizedText text("Energy");
  text.set("zh_CN", "能量");
  EXPECT_EQ(ebmui::shownText(text), QStringLiteral("能量"));
  EXPECT_EQ(ebmui::shownText(ebm::LocalizedText("Only English")), QStringLiteral("Only English"));
  EXPECT_EQ(ebmui::engineText("Temperature T"), QStringLiteral("温度 T"));
  ebmui::installLanguage(QStringLiteral("en"));
  EXPECT_EQ(ebmui::shownText(text), QStringLiteral("Energy"));
  EXPECT_EQ(ebmui::engineText("Temperature T"), QStringLiteral("Temperature T"));
}

// View ▸ Language as the program wires it (app/run_program.cpp): the choice is remembered and announced, and
// the window made in the new language takes over the lesson as it stands, unsaved changes included.
using LanguageMenu = ebmtest::WalkthroughFixture;

TEST_F(LanguageMenu, ChoosingChineseIsRememberedAndTheNewWindowKeepsTheLesson) {
  const QString before = ebmui::savedLanguage();
  ebmui::installLanguage(QStringLiteral("en"));
  open(QStringLiteral("langevin-sampling"), QSize(1200, 800));
  ASSERT_FALSE(HasFatalFailure());
  window_->session()->setParameter(QStringLiteral("temperature"), 2.5);
  const double temperature = window_->lesson().temperature;
  const std::string title = window_->lesson().title.english;

  QAction* chinese = nullptr;
  for (QAction* action : window_->findChildren<QAction*>())
    if (action->data().toString() == QLatin1String("zh_CN")) chinese = action;
  ASSERT_NE(chinese, nullptr) << "View ▸ Language has no 简体中文";
  QSignalSpy chosen(window_.get(), &ebmui::MainWindow::languageChosen);
  chinese->trigger();
  ASSERT_EQ(chosen.count(), 1);
  EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("zh_CN"));
  EXPECT_EQ(ebmui::savedLanguage(), QStringLiteral("zh_CN")) << "the choice must be remembered";

  ebmui::installLanguage(QStringLiteral("zh_CN"));
  auto next = std::make_unique<ebmui::MainWindow>();
  next->takeOverFrom(*window_);
  next->show();
  window_.reset();
  EXPECT_EQ(next->lesson().title.english, title);
  EXPECT_DOUBLE_EQ(next->lesson().temperature, temperature);
  EXPECT_TRUE(next->session()->modified());
  EXPECT_EQ(next->menuBar()->actions().value(0)->text(), QStringLiteral("文件(&F)"));

  next.reset();
  ebmui::saveLanguage(before);
  ebmui::installLanguage(QStringLiteral("en"));
}

}  // namespace
