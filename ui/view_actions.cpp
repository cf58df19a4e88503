#include "view_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>
#include <functional>

#include "i18n/language.h"
#include "io/view_toggles.h"
#include "panels/rich_text.h"
#include "session/session.h"

namespace ebmui {

/// One switch: where it goes, what it reads and writes in the lesson's view, and when it means something.
struct ViewActions::Row {
  /// Layout rows are one choice among them (a radio group); Content rows each switch one thing on or off.
  enum class Group { Layout, Content };
  QString key, label, tip;
  QKeySequence shortcut;
  Group group = Group::Content;
  bool onToolBar = false;
  std::function<bool(const ebm::ViewSettings&)> isOn;
  std::function<void(ebm::ViewSettings&, bool on)> set;
  std::function<bool(const ebm::Lesson&)> available;  ///< else the switch is greyed out
};

struct ViewActions::Switch {
  Row row;
  QAction* action;
};

namespace {

bool planarLesson(const ebm::Lesson& lesson) {
  return lesson.box.dimension == 2;
}
// An experiment lesson without an energy has no density to draw.
bool planarDensityLesson(const ebm::Lesson& lesson) {
  return planarLesson(lesson) && !lesson.energies.empty();
}

}  // namespace

ViewActions::ViewActions(Session* session, QObject* parent) : QObject(parent), session_(session) {
  using View = ebm::ViewSettings;
  using Group = Row::Group;
  const auto layout = [](QString key, QString label, View::Layout value, const QKeySequence& shortcut) {
    return Row{std::move(key),
               std::move(label),
               {},
               shortcut,
               Group::Layout,
               true,
               [value](const View& v) { return v.layout == value; },
               [value](View& v, bool) { v.layout = value; },
               planarLesson};
  };
  // The layers are the engine's table (io/view_toggles.h), which the lesson file also reads and writes.
  const auto layer = [](const ebm::ViewToggle& toggle) {
    return Row{QString::fromUtf8(toggle.key),
               engineText(toggle.label),
               richText(engineText(toggle.tooltip)),
               {},
               Group::Content,
               false,
               [member = toggle.member](const View& v) { return v.*member; },
               [member = toggle.member](View& v, bool on) { v.*member = on; },
               [&toggle](const ebm::Lesson& lesson) { return ebm::viewToggleApplies(toggle, lesson); }};
  };
  // The View menu's order: the layouts and the density, then every layer.
  std::vector<Row> rows = {
      layout("layout.sideBySide", tr("Landscape and Map"), View::Layout::SideBySide,
             QKeySequence(Qt::ALT | Qt::Key_1)),
      layout("layout.landscape", tr("Landscape Only"), View::Layout::Landscape,
             QKeySequence(Qt::ALT | Qt::Key_2)),
      layout("layout.map", tr("Map Only"), View::Layout::Map, QKeySequence(Qt::ALT | Qt::Key_3)),
      Row{"density", tr("Show Density p_T"),
          richText(tr("Draw the normalized density p_T = e^{−E/T}/Z_T instead of the energy E (D)")),
          QKeySequence(Qt::Key_D), Group::Content, true,
          [](const View& v) { return v.field == View::Field::Density; },
          [](View& v, bool on) { v.field = on ? View::Field::Density : View::Field::Energy; },
          planarDensityLesson},
  };
  for (const ebm::ViewToggle& toggle : ebm::viewToggles())
    rows.push_back(layer(toggle));

  auto* layouts = new QActionGroup(this);
  for (const Row& row : rows) {
    auto* action = new QAction(row.label, parent);
    action->setCheckable(true);
    action->setToolTip(row.tip);
    action->setShortcut(row.shortcut);
    if (row.group == Group::Layout) layouts->addAction(action);
    switches_.push_back({row, action});
    connect(action, &QAction::triggered, this,
            [this, i = switches_.size() - 1](bool on) { apply(switches_[i].row, on); });
  }
}

ViewActions::~ViewActions() = default;

void ViewActions::apply(const Row& row, bool on) {
  // A layout already chosen, clicked again, stays chosen: nothing changes.
  if (row.isOn(session_->lesson().view) == on) return;
  session_->applyWithoutUndo([&row, on](ebm::Lesson& l) { row.set(l.view, on); }, LessonPart::View);
  session_->markModified();
}

void ViewActions::addToMenu(QMenu* menu) const {
  for (std::size_t i = 0; i < switches_.size(); ++i) {
    if (i > 0 && switches_[i].row.group != switches_[i - 1].row.group) menu->addSeparator();
    menu->addAction(switches_[i].action);
  }
}

void ViewActions::addToToolBar(QToolBar* bar) const {
  for (const Switch& s : switches_) {
    if (s.row.onToolBar) bar->addAction(s.action);
  }
}

void ViewActions::sync(const ebm::Lesson& lesson) {
  for (const Switch& s : switches_) {
    s.action->setChecked(s.row.isOn(lesson.view));
    s.action->setEnabled(s.row.available(lesson));
  }
}

QAction* ViewActions::action(const QString& key) const {
  for (const Switch& s : switches_) {
    if (s.row.key == key) return s.action;
  }
  return nullptr;
}

}  // namespace ebmui
