# Compiler settings shared by every ebmscape target: warnings, CPU tuning and sanitizers.

add_library(ebmscape_options INTERFACE)
target_compile_options(ebmscape_options INTERFACE -Wall -Wextra)
# GCC 12 reports false "may be used uninitialized" inside its own AVX-512 intrinsics when Eigen inlines them
# (GCC bug 105593); the warning points into avx512fintrin.h, never at our code. On a CPU with AVX-512
# (-march=native) the same bug also says "is used uninitialized" at -O3; clang (the fuzz build) keeps
# -Wuninitialized for our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(ebmscape_options INTERFACE -Wno-maybe-uninitialized)
  if(EBMSCAPE_NATIVE)
    target_compile_options(ebmscape_options INTERFACE -Wno-uninitialized)
  endif()
endif()
if(EBMSCAPE_WERROR)
  target_compile_options(ebmscape_options INTERFACE -Werror)
endif()
target_compile_features(ebmscape_options INTERFACE cxx_std_20)

if(EBMSCAPE_NATIVE)
  include(CheckCXXCompilerFlag)
  check_cxx_compiler_flag(-march=native EBMSCAPE_HAS_MARCH_NATIVE)
  if(EBMSCAPE_HAS_MARCH_NATIVE)
    target_compile_options(ebmscape_options INTERFACE -march=native)
  endif()
endif()

# Release numerics: no NaN-unsafe fast-math (the engine must *see* NaN to report it).
target_compile_options(ebmscape_options INTERFACE $<$<CONFIG:Release>:-O3>)

# -g1: line tables only, enough for the sanitizers' stacks (file:line), and quicker to build than -g.
if(EBMSCAPE_SANITIZE)
  target_compile_options(ebmscape_options INTERFACE -fsanitize=${EBMSCAPE_SANITIZE} -fno-omit-frame-pointer -g1)
  target_link_options(ebmscape_options INTERFACE -fsanitize=${EBMSCAPE_SANITIZE})
  # The same GCC 12 false positive as above (bug 105593), reported as "is used uninitialized" at the sanitizer
  # builds' -O1; the Release build keeps -Wuninitialized for our code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(ebmscape_options INTERFACE -Wno-uninitialized)
  endif()
  # Undefined behaviour fails the test that triggers it instead of printing a line and carrying on.
  if(EBMSCAPE_SANITIZE MATCHES "undefined")
    target_compile_options(ebmscape_options INTERFACE -fno-sanitize-recover=undefined)
    target_link_options(ebmscape_options INTERFACE -fno-sanitize-recover=undefined)
  endif()
endif()

# Fuzzing: every ebmscape translation unit carries libFuzzer's coverage counters; the fuzz targets link its main.
if(EBMSCAPE_FUZZ)
  target_compile_options(ebmscape_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
