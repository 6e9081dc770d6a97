// A fresh folder per test, removed afterwards: `dir`.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>

namespace nt::test {

class TempDir : public ::testing::Test {
protected:
    TempDir() {
        // Unique per run: several build trees may run the same test at once.
        dir = std::filesystem::temp_directory_path() /
              ("nt-core-test-" + std::to_string(std::random_device{}()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~TempDir() override {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    std::filesystem::path dir;
};

}  // namespace nt::test
