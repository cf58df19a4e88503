#include "panels/spec_editor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

namespace ebmui {
namespace {

QString labelOf(const std::string& key) {
  const std::map<std::string, QString> names = {
      // not static: in the language of the moment
      {"mean", QObject::tr("mean μ")},
      {"covariance", QObject::tr("covariance Σ")},
      {"weight", QObject::tr("weight w")},
      {"barrier", QObject::tr("barrier height")},
      {"separation", QObject::tr("well separation")},
      {"stiffness", QObject::tr("stiffness")},
      {"scale", QObject::tr("energy scale")},
      {"radius", QObject::tr("radius")},
      {"width", QObject::tr("width")},
      {"sigma", QObject::tr("σ")},
      {"majorRadius", QObject::tr("major radius")},
      {"tubeRadius", QObject::tr("tube radius")},
      {"pitch", QObject::tr("pitch")},
      {"height", QObject::tr("height")},
      {"alpha", QObject::tr("α")},
      {"gamma", QObject::tr("γ")},
      {"temperature", QObject::tr("temperature")},
      {"dimension", QObject::tr("dimension")},
      {"beta", QObject::tr("β")},
      {"normalize", QObject::tr("normalize patterns")},
      {"patterns", QObject::tr("patterns")},
      {"variant", QObject::tr("variant")},
  };
  auto it = names.find(key);
  return it != names.end() ? it->second : QString::fromStdString(key);
}

// The heading of one entry of a list of objects: "Component 2", not "components 2".
QString headingOf(const std::string& key) {
  const std::map<std::string, QString> names = {
      // not static: in the language of the moment
      {"components", QObject::tr("Component")},
      {"terms", QObject::tr("Term")},
      {"classes", QObject::tr("Class")},
      {"layers", QObject::tr("Layer")},
  };
  auto it = names.find(key);
  if (it != names.end()) return it->second;
  QString name = QString::fromStdString(key);
  if (!name.isEmpty()) name[0] = name[0].toUpper();
  return name;
}

bool isNumberArray(const nlohmann::json& node) {
  if (!node.is_array() || node.empty()) return false;
  for (const auto& v : node) {
    if (!v.is_number()) return false;
  }
  return true;
}

}  // namespace

SpecEditor::SpecEditor(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
}

void SpecEditor::setSpec(const nlohmann::json& spec) {
  spec_ = spec;
  delete content_;
  content_ = new QWidget(this);
  auto* form = new QFormLayout(content_);
  form->setContentsMargins(0, 0, 0, 0);
  build(form, spec_, nlohmann::json::json_pointer(), 0);
  layout()->addWidget(content_);
}

QDoubleSpinBox* SpecEditor::numberBox(const nlohmann::json::json_pointer& at, double value,
                                      const std::optional<nlohmann::json::json_pointer>& mirrorAt) {
  auto* box = new QDoubleSpinBox(content_);
  box->setDecimals(4);
  box->setRange(-1e6, 1e6);
  box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  box->setKeyboardTracking(false);
  box->setValue(value);
  box->setMinimumWidth(70);
  const bool integer = spec_.at(at).is_number_integer();
  if (integer) box->setDecimals(0);
  connect(box, &QDoubleSpinBox::valueChanged, this, [this, at, integer, mirrorAt](double v) {
    if (integer) {
      spec_[at] = std::llround(v);
    } else {
      spec_[at] = v;
    }
    if (mirrorAt) spec_[*mirrorAt] = spec_[at];
    emit specEdited(spec_);
  });
  return box;
}

// A matrix as a grid of boxes. A symmetric one (a covariance) has one value per pair: editing Σ₁₂ sets Σ₂₁
// too, before the spec is checked, so a half-typed matrix is never refused as not symmetric.
QWidget* SpecEditor::matrixGrid(const nlohmann::json& matrix, const nlohmann::json::json_pointer& at,
                                bool symmetric) {
  auto* grid = new QWidget(content_);
  auto* v = new QVBoxLayout(grid);
  v->setContentsMargins(0, 0, 0, 0);
  const std::size_t n = matrix.size();
  std::vector<std::vector<QDoubleSpinBox*>> boxes(n);
  for (std::size_t r = 0; r < n; ++r) {
    auto* h = new QHBoxLayout;
    for (std::size_t c = 0; c < matrix[r].size(); ++c) {
      const bool mirrored = symmetric && r != c && c < n && r < matrix[c].size();
      boxes[r].push_back(numberBox(at / r / c, matrix[r][c].get<double>(),
                                   mirrored ? std::optional(at / c / r) : std::nullopt));
      h->addWidget(boxes[r].back());
    }
    v->addLayout(h);
  }
  if (!symmetric) return grid;
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t c = 0; c < boxes[r].size(); ++c) {
      if (r == c || c >= n || r >= boxes[c].size()) continue;
      QDoubleSpinBox* mirror = boxes[c][r];
      boxes[r][c]->setToolTip(
          tr("Σ is symmetric: this entry and its mirror across the diagonal are one value"));
      connect(boxes[r][c], &QDoubleSpinBox::valueChanged, mirror, [mirror](double value) {
        const QSignalBlocker blocker(mirror);
        mirror->setValue(value);
      });
    }
  }
  return grid;
}

void SpecEditor::build(QFormLayout* form, const nlohmann::json& node, const nlohmann::json::json_pointer& at,
                       int depth) {
  if (!node.is_object()) return;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string& key = it.key();
    const auto& value = it.value();
    const auto here = at / key;
    if (key == "type" || (key == "weights" && !isNumberArray(value))) continue;
    if (value.is_number()) {
      form->addRow(labelOf(key), numberBox(here, value.get<double>()));
    } else if (isNumberArray(value)) {
      auto* row = new QWidget(content_);
      auto* h = new QHBoxLayout(row);
      h->setContentsMargins(0, 0, 0, 0);
      for (std::size_t i = 0; i < value.size(); ++i)
        h->addWidget(numberBox(here / i, value[i].get<double>()));
      form->addRow(labelOf(key), row);
    } else if (value.is_array() && !value.empty() && isNumberArray(value[0])) {
      form->addRow(labelOf(key), matrixGrid(value, here, key == "covariance"));
    } else if (value.is_array() && depth < 3) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_object()) continue;
        auto* group = new QGroupBox(QStringLiteral("%1 %2").arg(headingOf(key)).arg(i + 1), content_);
        auto* inner = new QFormLayout(group);
        build(inner, value[i], here / i, depth + 1);
        form->addRow(group);
      }
    } else if (value.is_object() && depth < 3) {
      auto* group = new QGroupBox(labelOf(key), content_);
      auto* inner = new QFormLayout(group);
      build(inner, value, here, depth + 1);
      form->addRow(group);
    } else if (value.is_string() || value.is_boolean()) {
      form->addRow(labelOf(key), new QLabel(value.is_boolean() ? (value.get<bool>() ? tr("yes") : tr("no"))
                                                               : QString::fromStdString(value.dump()),
                                            content_));
    }
  }
}

}  // namespace ebmui
