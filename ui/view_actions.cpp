#include "view_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>
#include <algorithm>
#include <functional>

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

bool anyLesson(const ebm::Lesson&) {
  return true;
}
bool planarLesson(const ebm::Lesson& lesson) {
  return lesson.box.dimension == 2;
}
bool volumeLesson(const ebm::Lesson& lesson) {
  return lesson.box.dimension == 3;
}
bool classifierMapLesson(const ebm::Lesson& lesson) {
  return planarLesson(lesson) &&
         std::any_of(lesson.energies.begin(), lesson.energies.end(),
                     [](const auto& e) { return e.spec.value("type", std::string()) == "classifier"; });
}
// An experiment lesson without an energy has no density to draw.
bool planarDensityLesson(const ebm::Lesson& lesson) {
  return planarLesson(lesson) && !lesson.energies.empty();
}

}  // namespace

ViewActions::ViewActions(Session* session, QObject* parent) : QObject(parent), session_(session) {
  using View = ebm::ViewSettings;
  using Group = Row::Group;
  const auto layout = [](QString key, QString label, View::Layout value, QKeySequence shortcut) {
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
  const auto layer = [](QString key, QString label, QString tip, bool View::*member,
                        bool (*available)(const ebm::Lesson&)) {
    return Row{std::move(key),
               std::move(label),
               std::move(tip),
               {},
               Group::Content,
               false,
               [member](const View& v) { return v.*member; },
               [member](View& v, bool on) { v.*member = on; },
               available};
  };
  // The table, in the View menu's order. A new layer is a row here (and its flag in ebm::ViewSettings): it is
  // then in the menu, in step with the lesson, and saved with it.
  const Row rows[] = {
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
      layer("mapDensity", tr("Map Shows Density p_T"),
            richText(tr("The map shows p_T = e^{−E/T}/Z_T beside the energy landscape")),
            &View::mapShowsDensity, planarLesson),
      layer("mapConfidence", tr("Map Shows Max-Softmax"),
            tr("A classifier's map shows its confidence max_y p(y|x) beside its energy landscape"),
            &View::mapShowsConfidence, classifierMapLesson),
      layer("boundaries", tr("Decision Boundaries"), tr("Where a classifier's predicted class changes"),
            &View::showBoundaries, classifierMapLesson),
      layer("minimum", tr("Lowest Point and Its Trace"),
            tr("The landscape's minimum, and the path it takes as you move a slider"), &View::showMinimum,
            anyLesson),
      layer("contours", tr("Contour Lines"), tr("Lines of equal energy"), &View::showContours, planarLesson),
      layer("axes", tr("Axes"), tr("Coordinate axes; the landscape's height axis is in energy units"),
            &View::showAxes, anyLesson),
      layer("colorBar", tr("Colour Bar"), tr("The scale of the colours"), &View::showColorBar, anyLesson),
      layer("data", tr("Data Points"), tr("The data set"), &View::showData, anyLesson),
      layer("particles", tr("Particles"), tr("The sampler's particles"), &View::showParticles, anyLesson),
      layer("negatives", tr("Training Negatives"),
            tr("The Langevin negatives of the last training iteration"), &View::showNegatives, anyLesson),
      layer("trails", tr("Particle Trails"),
            tr("Each particle's recent path (set a trail length in the Sampler panel)"), &View::showTrails,
            anyLesson),
      layer("score", tr("Score Field −∇E"), tr("Arrows of the score: where the landscape pushes a particle"),
            &View::showScoreField, planarLesson),
      layer("volume", tr("Density Volume (3D)"), tr("Volume rendering of p_T for 3D lessons"),
            &View::showVolume, volumeLesson),
  };

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
