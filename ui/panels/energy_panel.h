// The energy panel: the lesson's energies (analytic presets, networks, loaded models), their parameters, and
// adding, renaming and removing them.
#pragma once

#include <QWidget>

#include <nlohmann/json.hpp>

class QLabel;
class QListWidget;
class QPushButton;

namespace ebmui {

class Session;
class SpecEditor;

class EnergyPanel : public QWidget {
  Q_OBJECT
 public:
  explicit EnergyPanel(Session* session, QWidget* parent = nullptr);

 signals:
  /// The teacher asked to load a trained model file into the lesson (the window opens the dialog).
  void loadModelRequested();
  void saveModelRequested(int index);

 private:
  void refresh();
  void showSelected();
  void addPreset(int preset);
  void addNetwork();
  void removeSelected();
  void renameSelected();
  void applySpec(const nlohmann::json& spec);

  Session* session_;
  QListWidget* list_;
  QPushButton* add_;
  QPushButton* remove_;
  QPushButton* saveModel_;
  SpecEditor* editor_;
  QLabel* note_;
  bool updating_ = false;
};

}  // namespace ebmui
