package io.computility.core.vgpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FreeIndexTest {

  @Test
  @DisplayName("POOL-7.2a the device-binpack index picks exactly the card the full scan picks")
  void indexAgreesWithScan() {
    Random rnd = new Random(7);
    VgpuPool pool = new VgpuPool();
    for (int n = 0; n < 20; n++) {
      for (int c = 0; c < 4; c++) {
        pool.addCard("n" + n, "n" + n + "-" + c, c, "v", "m", 1000 + 1000L * rnd.nextInt(3));
      }
    }
    pool.setOverSubscription("n3-1", 1.5);
    pool.setCardEnabled("n4-0", false);
    pool.setNodeEnabled("n5", false);
    List<String> live = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      SliceRequest r = SliceRequest.slice("t" + i, 1 + rnd.nextInt(60), 1 + rnd.nextInt(1500));
      List<VCard> fitting = new ArrayList<>();
      for (VCard c : pool.cardMap().values()) {
        if (c.fitsNow(r) && pool.nodeMap().get(c.node()).enabled()) fitting.add(c);
      }
      List<VCard> scan =
          SlotChooser.choose(fitting, r, PlacementPolicy.DEVICE_BINPACK, pool.nodeMap());
      VCard indexed = pool.freeIndex().binpack(r.computePercent(), r.memoryMb());
      if (scan.isEmpty()) {
        assertThat(indexed).isNull();
      } else {
        assertThat(indexed).isSameAs(scan.get(0));
        pool.place(r);
        live.add(r.taskId());
      }
      if (!live.isEmpty() && rnd.nextInt(3) == 0)
        pool.release(live.remove(rnd.nextInt(live.size())));
    }
  }
}
