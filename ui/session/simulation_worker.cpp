#include "session/simulation_worker.h"

#include <QMetaObject>
#include <QPointer>
#include <chrono>
#include <thread>

#include "core/parallel.h"
#include "jobs/job_thread.h"

namespace ebmui {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kTickBudgetSeconds = 0.014;             // one tick of live work: just under a 60 Hz frame
constexpr std::chrono::milliseconds kFrameInterval{16};  // when idle-ish, tick no faster than this
// The simulation's thread and the engine's pool run this much nicer than the GUI thread: with software
// OpenGL a frame is tens of milliseconds of GUI-thread work, and two busy training threads would otherwise
// take half of it away and delay every click and slider move.
constexpr int kBackgroundNiceness = 10;

}  // namespace

SimulationWorker::SimulationWorker(QObject* parent) : QObject(parent) {
  qRegisterMetaType<ebm::FramePtr>("ebm::FramePtr");
  ebm::setBackgroundNiceness(kBackgroundNiceness);
  job_ = std::make_unique<ebm::JobThread>([this] { return tick(); });
}

SimulationWorker::~SimulationWorker() {
  shutdown();
}

void SimulationWorker::shutdown() {
  if (!job_) return;
  job_->stop();  // joins the thread after its current tick
  job_.reset();
  simulation_.reset();
}

void SimulationWorker::toGui(std::uint64_t generation, std::function<void()> deliver,
                             std::function<void()> dropped) {
  QMetaObject::invokeMethod(
      this,
      [this, generation, deliver = std::move(deliver), dropped = std::move(dropped)] {
        if (generation == generation_) {
          deliver();
        } else if (dropped) {
          dropped();
        }
      },
      Qt::QueuedConnection);
}

void SimulationWorker::sendFailure(std::uint64_t generation, const std::exception& error) {
  toGui(generation, [this, message = QString::fromStdString(error.what())] { emit failed(message); });
}

// A call made for a lesson that has since been replaced is not applied: the engine goes on to the next lesson
// at once instead of working through edits of one about to be dropped (a 3D grid each).
void SimulationWorker::post(std::function<void(ebm::Simulation&)> command) {
  if (!job_) return;
  job_->post([this, command = std::move(command), revision = ++posted_, generation = generation_.load()] {
    applied_ = revision;
    if (!simulation_ || generation != generation_) return;
    try {
      command(*simulation_);
    } catch (const std::exception& e) {
      sendFailure(simulationGeneration_, e);
    }
    publish();
  });
  job_->wake();
}

// A lesson that cannot be built leaves no simulation: the one before it is not run on (its results would be
// dropped), nor edited with the new lesson's calls. One replaced before the engine got to it is not built.
void SimulationWorker::open(const ebm::Lesson& lesson) {
  if (!job_) return;
  const std::uint64_t generation = ++generation_;
  job_->post([this, lesson, generation, revision = ++posted_] {
    applied_ = revision;
    if (generation != generation_) return;  // another lesson opened before this one was built
    simulationGeneration_ = generation;
    framePending_ = false;
    try {
      simulation_ = std::make_unique<ebm::Simulation>(lesson);
      toGui(generation, [this] { emit opened(); });
    } catch (const std::exception& e) {
      simulation_.reset();
      sendFailure(generation, e);
    }
    publish();
  });
  job_->wake();
}

void SimulationWorker::update(const ebm::Lesson& lesson, ebm::LessonChange change) {
  post([lesson, change](ebm::Simulation& s) { s.update(lesson, change); });
}

void SimulationWorker::command(const std::string& name, const nlohmann::json& arguments) {
  post([name, arguments](ebm::Simulation& s) { s.command(name, arguments); });
}

void SimulationWorker::setParameter(const QString& name, double value) {
  post([name = name.toStdString(), value](ebm::Simulation& s) { s.setParameter(name, value); });
}

void SimulationWorker::resetParticles() {
  post([](ebm::Simulation& s) { s.resetParticles(); });
}
void SimulationWorker::stepParticles() {
  post([](ebm::Simulation& s) { s.stepParticles(); });
}
void SimulationWorker::startTraining() {
  post([](ebm::Simulation& s) { s.startTraining(); });
}
void SimulationWorker::pauseTraining() {
  post([](ebm::Simulation& s) { s.pauseTraining(); });
}
void SimulationWorker::stopTraining() {
  post([](ebm::Simulation& s) { s.stopTraining(); });
}
void SimulationWorker::resetTraining() {
  post([](ebm::Simulation& s) { s.resetTraining(); });
}

void SimulationWorker::frameConsumed() {
  framePending_ = false;
  if (job_) job_->wake();
}

// One tick on the job thread: live work for about a frame, then a frame if the GUI is ready for one. Without
// a training run the tick is paced to the frame interval, so playing particles do not spin a core at 100%.
bool SimulationWorker::tick() {
  if (!simulation_) return false;
  const auto start = Clock::now();
  bool moving = false;
  try {
    moving = simulation_->advance(kTickBudgetSeconds);
  } catch (const std::exception& e) {
    sendFailure(simulationGeneration_, e);
  }
  publish();
  if (auto spec = simulation_->takeTrainedSpec()) {
    toGui(simulationGeneration_,
          [this, index = spec->first, json = QString::fromStdString(spec->second.dump())] {
            emit trainedSpec(index, json);
          });
  }
  if (!simulation_->training()) {
    const auto spent = Clock::now() - start;
    if (moving && spent < kFrameInterval) std::this_thread::sleep_for(kFrameInterval - spent);
  }
  return moving;
}

void SimulationWorker::publish() {
  if (!simulation_ || framePending_) return;
  ebm::FramePtr frame = simulation_->takeFrame();
  if (!frame) return;
  framePending_ = true;
  // A frame of a lesson that has since been replaced is never shown (it would fit the new lesson's cameras to
  // the old scene): the next one may come at once.
  toGui(
      simulationGeneration_,
      [this, frame, revision = applied_] {
        frameRevision_ = revision;
        emit frameReady(frame);
      },
      [this] { frameConsumed(); });
}

void SimulationWorker::waitUntilApplied() {
  if (job_) job_->runAndWait([] {});
}

}  // namespace ebmui
