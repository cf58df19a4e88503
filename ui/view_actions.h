// What the views draw, as the View menu and the toolbar switch it: the layout, energy or density, and each
// layer (contours, data, particles, trails, the score field, …). One table (view_actions.cpp) makes the
// actions, places them, and keeps them in step with the lesson's view settings; its layers are the engine's
// table (io/view_toggles.h), so a new layer is one row there.
#pragma once

#include <QObject>
#include <QString>
#include <vector>

#include "io/lesson.h"

class QAction;
class QMenu;
class QToolBar;

namespace ebmui {

class Session;

/// The view switches of the window. Switching one is not a lesson edit (Edit ▸ Undo stays for the lesson),
/// but the view is saved with the lesson, so it counts as an unsaved change.
class ViewActions : public QObject {
  Q_OBJECT
 public:
  /// Makes one action per row of the table; the actions are children of `parent` (the window).
  ViewActions(Session* session, QObject* parent);
  ~ViewActions() override;

  /// Adds every switch in table order, with a separator between the table's sections.
  void addToMenu(QMenu* menu) const;
  /// Adds the switches the table puts on the toolbar (the layouts and the density).
  void addToToolBar(QToolBar* bar) const;
  /// Checks each switch as the lesson's view says, and enables those that mean something for the lesson
  /// (a 3D lesson has no map; only a classifier has decision boundaries).
  void sync(const ebm::Lesson& lesson);
  /// The switch named `key` in the table ("contours", "density", "layout.map", …), or nullptr.
  [[nodiscard]] QAction* action(const QString& key) const;

 private:
  struct Row;
  struct Switch;
  void apply(const Row& row, bool on);

  Session* session_;
  std::vector<Switch> switches_;
};

}  // namespace ebmui
