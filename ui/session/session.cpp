#include "session/session.h"

#include <QDateTime>

#include "i18n/language.h"
#include "io/lesson_parameters.h"

namespace ebmui {

namespace {
constexpr int kSetParameterId = 1001;
constexpr qint64 kDragGapMs = 800;  // a pause longer than this starts a new undo step
}  // namespace

/// Sets one named parameter; successive commands for the same parameter merge (a slider drag is one step).
class SetParameterCommand : public QUndoCommand {
 public:
  SetParameterCommand(Session* session, QString name, double oldValue, double newValue)
      : session_(session),
        name_(std::move(name)),
        oldValue_(oldValue),
        newValue_(newValue),
        when_(QDateTime::currentMSecsSinceEpoch()) {
    const auto& info = ebm::parameterInfo(name_.toStdString());
    setText(QObject::tr("Change %1").arg(engineText(info.label)));
  }
  int id() const override { return kSetParameterId; }
  bool mergeWith(const QUndoCommand* other) override {
    // One drag is one step: moves of the same parameter merge while they follow each other closely.
    const auto* next = static_cast<const SetParameterCommand*>(other);
    if (next->name_ != name_ || next->when_ - when_ > kDragGapMs) return false;
    newValue_ = next->newValue_;
    when_ = next->when_;
    return true;
  }
  void undo() override { apply(oldValue_); }
  void redo() override { apply(newValue_); }

 private:
  void apply(double value) { session_->setParameterWithoutUndo(name_, value); }
  Session* session_;
  QString name_;
  double oldValue_, newValue_;
  qint64 when_;
};

Session::Session(QObject* parent) : QObject(parent) {}

void Session::setFilePath(const QString& path) {
  if (path == filePath_) return;
  filePath_ = path;
  emit filePathChanged(path);
}

void Session::markSaved() {
  undoStack_.setClean();
}

void Session::markModified() {
  undoStack_.resetClean();
}

void Session::replaceLesson(const ebm::Lesson& lesson, const QString& filePath) {
  lesson_ = lesson;
  undoStack_.clear();
  setFilePath(filePath);
  emit lessonReplaced();
}

bool Session::setParameter(const QString& name, double value) {
  const double old = parameter(name);
  if (ebm::admissibleValue(name.toStdString(), value) == old) return false;
  undoStack_.push(new SetParameterCommand(this, name, old, value));
  return true;
}

double Session::parameter(const QString& name) const {
  return ebm::parameterValue(lesson_, name.toStdString());
}

void Session::editWhole(const ebm::Lesson& lesson, LessonPart part, const QString& what) {
  auto apply = [oldLesson = lesson_, newLesson = lesson](ebm::Lesson& target, bool redo) {
    target = redo ? newLesson : oldLesson;
  };
  undoStack_.push(new EditLessonCommand(this, std::move(apply), part, what));
}

void Session::editData(const ebm::DataSpec& data, const QString& what, const std::optional<ebm::Box>& box) {
  if (!box && lesson_.anomaly.count <= 0) {
    edit(&ebm::Lesson::data, data, LessonPart::Data, what);
    return;
  }
  ebm::Lesson lesson = lesson_;
  lesson.data = data;
  if (lesson.anomaly.count > 0) lesson.anomaly.calibrate = true;
  if (box) lesson.box = *box;
  editWhole(lesson, box ? LessonPart::Box : LessonPart::Data, what);
}

void Session::editDataStroke(const ebm::DataSpec& data, const QString& what, int stroke) {
  const bool calibrate = lesson_.anomaly.count > 0;
  auto apply = [oldData = lesson_.data, newData = data, oldCalibrate = lesson_.anomaly.calibrate, calibrate](
                   ebm::Lesson& lesson, bool redo) {
    lesson.data = redo ? newData : oldData;
    if (calibrate) lesson.anomaly.calibrate = redo || oldCalibrate;
  };
  auto* command = new EditLessonCommand(this, std::move(apply), LessonPart::Data, what, kMergeDataStroke);
  command->setStroke(stroke);
  undoStack_.push(command);
}

void Session::applyWithoutUndo(const std::function<void(ebm::Lesson&)>& change, LessonPart part) {
  change(lesson_);
  emit changed(part);
}

void Session::setParameterWithoutUndo(const QString& name, double value) {
  ebm::setParameter(lesson_, name.toStdString(), value);
  emit parameterChanged(name, ebm::parameterValue(lesson_, name.toStdString()));
  emit changed(LessonPart::Parameters);
}

EditLessonCommand::EditLessonCommand(Session* session, std::function<void(ebm::Lesson&, bool)> apply,
                                     LessonPart part, const QString& text, int mergeId)
    : session_(session),
      undoApply_(apply),
      redoApply_(std::move(apply)),
      part_(part),
      mergeId_(mergeId),
      when_(QDateTime::currentMSecsSinceEpoch()) {
  setText(text);
}

bool EditLessonCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const EditLessonCommand*>(other);
  if (next->part_ != part_ || next->stroke_ != stroke_) return false;
  // A stroke is one step however long it pauses; other drags end at a pause.
  if (stroke_ == 0 && next->when_ - when_ > kDragGapMs) return false;
  redoApply_ = next->redoApply_;
  when_ = next->when_;
  return true;
}

void EditLessonCommand::undo() {
  undoApply_(session_->lesson_, false);
  session_->notify(part_);
}

void EditLessonCommand::redo() {
  redoApply_(session_->lesson_, true);
  session_->notify(part_);
}

}  // namespace ebmui
