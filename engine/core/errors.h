// Typed errors of the engine: each what() is a sentence a teacher can act on.
#pragma once

#include <stdexcept>
#include <string>

namespace ebm {

/// Base of every error the engine throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A parameter or argument outside what the physics allows (negative temperature, empty box, ...).
class ArgumentError : public Error {
 public:
  using Error::Error;
};

/// A data set or point file that cannot be used (wrong columns, text in numbers, NaN, ...).
class DataError : public Error {
 public:
  using Error::Error;
};

/// A lesson file that cannot be read (wrong types, missing keys, future version, ...).
class LessonError : public Error {
 public:
  using Error::Error;
};

/// A model file that cannot be read, or a model that does not fit the data.
class ModelError : public Error {
 public:
  using Error::Error;
};

/// A computation that ran away: NaN/Inf energies, exploding gradients, an unnormalizable density.
class NumericError : public Error {
 public:
  using Error::Error;
};

}  // namespace ebm
