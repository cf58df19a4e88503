// Trained models as files, for the Energies panel: a model file loaded into the lesson as a new energy, and
// an energy's network saved as a model file.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ebmui {

class MessageBar;
class Session;

/// The Energies panel's Load model… and Save model… Dialogs open over `dialogParent`; errors, warnings and
/// "Saved …" go to `messages`. A model that cannot be read or written leaves the lesson as it was.
class ModelFiles : public QObject {
  Q_OBJECT
 public:
  ModelFiles(Session* session, MessageBar* messages, QWidget* dialogParent);

  /// Asks for a model file and loads it.
  void chooseAndLoad();
  /// Adds the model in `path` to the lesson's energies (one undo step), named after the file.
  void load(const QString& path);
  /// Asks where to save energy `index`'s network, and saves it there.
  void chooseAndSave(int index);
  /// Saves energy `index`'s network, with the lesson's data units, to `path` atomically.
  void save(int index, const QString& path);

 private:
  Session* session_;
  MessageBar* messages_;
  QWidget* dialogParent_;
};

}  // namespace ebmui
