#include "panels/spec_editor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace ebmui {
namespace {

QString labelOf(const std::string& key) {
  static const std::map<std::string, QString> names = {
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
  };
  auto it = names.find(key);
  return it != names.end() ? it->second : QString::fromStdString(key);
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

QWidget* SpecEditor::numberBox(const nlohmann::json::json_pointer& at, double value) {
  auto* box = new QDoubleSpinBox(content_);
  box->setDecimals(4);
  box->setRange(-1e6, 1e6);
  box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  box->setKeyboardTracking(false);
  box->setValue(value);
  box->setMinimumWidth(70);
  const bool integer = spec_.at(at).is_number_integer();
  if (integer) box->setDecimals(0);
  connect(box, &QDoubleSpinBox::valueChanged, this, [this, at, integer](double v) {
    if (integer) {
      spec_[at] = std::llround(v);
    } else {
      spec_[at] = v;
    }
    emit specEdited(spec_);
  });
  return box;
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
      auto* grid = new QWidget(content_);
      auto* v = new QVBoxLayout(grid);
      v->setContentsMargins(0, 0, 0, 0);
      for (std::size_t r = 0; r < value.size(); ++r) {
        auto* h = new QHBoxLayout;
        for (std::size_t c = 0; c < value[r].size(); ++c)
          h->addWidget(numberBox(here / r / c, value[r][c].get<double>()));
        v->addLayout(h);
      }
      form->addRow(labelOf(key), grid);
    } else if (value.is_array() && depth < 3) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_object()) continue;
        auto* group = new QGroupBox(QStringLiteral("%1 %2").arg(labelOf(key)).arg(i + 1), content_);
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
      form->addRow(labelOf(key), new QLabel(QString::fromStdString(value.dump()), content_));
    }
  }
}

}  // namespace ebmui
