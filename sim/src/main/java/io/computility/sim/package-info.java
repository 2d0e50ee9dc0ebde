package io.computility.sim;
