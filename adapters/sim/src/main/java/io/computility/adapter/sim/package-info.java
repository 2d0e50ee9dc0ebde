package io.computility.adapter.sim;
